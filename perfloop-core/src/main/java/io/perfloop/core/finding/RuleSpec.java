package io.perfloop.core.finding;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Everything that describes a rule, in one place (the way Error Prone's {@code @BugPattern} does).
 * Docs pages and reports read it from here.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleSpec {
    /** Stable id, lower-case words joined by hyphens, e.g. {@code n-plus-one}. */
    String id();

    /** One line saying what the rule detects. */
    String summary();

    /** Default severity of its findings. */
    Severity severity();

    /** Free-form tags, e.g. {@code sql}, {@code hibernate}. */
    String[] tags() default {};
}
