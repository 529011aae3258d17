package io.perfloop.junit;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Fails the test when it runs more statements than budgeted. Counts executions (round trips): a
 * JDBC batch counts once. A limit of -1 means "no limit". On a class it applies to every test;
 * on a method it replaces the class's budget.
 *
 * <pre>{@code
 * @Test @QueryBudget(selects = 2)
 * void listsOrdersWithTheirUsers() { orders.list(42); }
 * }</pre>
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(PerfloopExtension.class)
public @interface QueryBudget {
    /** Most statements of any kind. */
    int max() default -1;

    /** Most SELECTs. */
    int selects() default -1;

    /** Most INSERTs. */
    int inserts() default -1;

    /** Most UPDATEs. */
    int updates() default -1;

    /** Most DELETEs. */
    int deletes() default -1;
}
