package io.perfloop.core.stats;

/**
 * Sample quantiles by linear interpolation between order statistics (Hyndman &amp; Fan type 7, the
 * default of R and NumPy), so numbers perfloop prints can be reproduced with either.
 */
public final class Quantiles {
    private Quantiles() {
    }

    /**
     * The {@code p}-quantile of an already sorted, checked sample.
     *
     * @param sorted ascending values, at least one
     * @param p the probability, 0..1 (0.5 is the median, 0.99 the 99th percentile)
     * @return the interpolated quantile
     * @throws IllegalArgumentException when {@code p} is outside [0, 1] or the sample is empty
     */
    public static double ofSorted(double[] sorted, double p) {
        Samples.checkProbability("quantile probability", p);
        if (sorted.length == 0) {
            throw new IllegalArgumentException("cannot take a quantile of an empty sample");
        }
        double h = (sorted.length - 1) * p;
        int below = (int) Math.floor(h);
        if (below >= sorted.length - 1) {
            return sorted[sorted.length - 1];
        }
        return interpolate(sorted[below], sorted[below + 1], h - below);
    }

    /**
     * The {@code p}-quantile of an unsorted sample; checks it (see {@link Samples}).
     *
     * @param values the sample; not modified
     * @param p the probability, 0..1
     * @return the interpolated quantile
     */
    public static double of(double[] values, double p) {
        return ofSorted(Samples.sortedCopy("samples", values), p);
    }

    /** Type-7 interpolation between two neighbouring order statistics. */
    static double interpolate(double lower, double upper, double fraction) {
        return fraction == 0 ? lower : lower + fraction * (upper - lower);
    }
}
