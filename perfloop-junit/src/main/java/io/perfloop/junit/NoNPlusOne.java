package io.perfloop.junit;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Fails the test when perfloop's {@code n-plus-one} rule fires: the same SELECT ran at least
 * {@link #minRepeats()} times with different parameters from one call site. Batched lookups
 * ({@code IN} lists, Hibernate batch fetching) are not repeats.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(PerfloopExtension.class)
public @interface NoNPlusOne {
    /** Executions of one shape from one call site that count as N+1. */
    int minRepeats() default 3;
}
