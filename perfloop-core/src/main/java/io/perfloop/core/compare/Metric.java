package io.perfloop.core.compare;

import java.util.Objects;

/**
 * What is compared: a named quantity with its unit and its better direction.
 *
 * @param name display name, e.g. {@code "latency p50"}; not blank
 * @param unit unit of the samples, e.g. {@code "ms"}, {@code "req/s"}, {@code "%"}, {@code "bytes"},
 *             {@code "count"}; may be empty for dimensionless values
 * @param direction which way is better
 * @param tail whether the samples are a tail percentile per window or repetition (e.g. each
 *             second's p99). Such values are noisy and skewed, so the delta of a tail metric also
 *             gets a bootstrap interval ({@link MetricVerdict#deltaInterval()}).
 */
public record Metric(String name, String unit, Direction direction, boolean tail) {

    /** Validates the definition. */
    public Metric {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("metric name must not be blank");
        }
        unit = unit == null ? "" : unit;
        Objects.requireNonNull(direction, () -> "direction of metric '" + name + "'");
    }

    /** A non-tail metric where lower is better (latency, CPU, bytes, errors). */
    public static Metric lowerIsBetter(String name, String unit) {
        return new Metric(name, unit, Direction.LOWER_IS_BETTER, false);
    }

    /** A non-tail metric where higher is better (throughput). */
    public static Metric higherIsBetter(String name, String unit) {
        return new Metric(name, unit, Direction.HIGHER_IS_BETTER, false);
    }

    /** The same metric flagged as a tail percentile (gets a bootstrap interval on its delta). */
    public Metric asTail() {
        return new Metric(name, unit, direction, true);
    }
}
