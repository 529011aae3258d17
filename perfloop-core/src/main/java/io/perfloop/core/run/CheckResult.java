package io.perfloop.core.run;

/**
 * One threshold check evaluated against a run, e.g. {@code p99<200ms}.
 *
 * @param expression the check as the user wrote it
 * @param actual     the measured value, formatted with its unit
 * @param passed     whether the threshold held
 */
public record CheckResult(String expression, String actual, boolean passed) {
}
