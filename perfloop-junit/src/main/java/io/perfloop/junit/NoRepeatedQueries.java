package io.perfloop.junit;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Fails the test when perfloop's {@code repeated-query} rule fires: the same SELECT with the same
 * parameters ran at least {@link #minRepeats()} times.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(PerfloopExtension.class)
public @interface NoRepeatedQueries {
    /** Executions with identical parameters that count as a repeat. */
    int minRepeats() default 2;
}
