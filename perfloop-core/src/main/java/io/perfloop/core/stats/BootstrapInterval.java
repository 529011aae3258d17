package io.perfloop.core.stats;

/**
 * A percentile-bootstrap confidence interval.
 *
 * @param estimate the statistic on the original samples
 * @param lower lower bound; NaN when the statistic was undefined on some resample
 *              (a ratio whose denominator came out 0)
 * @param upper upper bound; NaN likewise
 * @param confidence the level, e.g. 0.95
 * @param iterations number of resamples
 * @param seed the seed that reproduces this interval
 */
public record BootstrapInterval(double estimate, double lower, double upper,
                                double confidence, int iterations, long seed) {

    /** Whether both bounds are numbers. */
    public boolean defined() {
        return !Double.isNaN(lower) && !Double.isNaN(upper);
    }

    /** Whether {@code value} lies within the bounds (false when not {@link #defined()}). */
    public boolean contains(double value) {
        return value >= lower && value <= upper;
    }
}
