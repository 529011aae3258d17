package io.perfloop.core.stats;

/**
 * Descriptive statistics of one sample. Quantiles follow {@link Quantiles} (type 7).
 *
 * @param n number of values
 * @param min smallest value
 * @param max largest value
 * @param mean arithmetic mean
 * @param stddev sample standard deviation (divisor n − 1); 0 for a single value
 * @param median 50th percentile
 * @param q1 25th percentile
 * @param q3 75th percentile
 * @param p90 90th percentile
 * @param p95 95th percentile
 * @param p99 99th percentile
 */
public record Summary(int n, double min, double max, double mean, double stddev,
                      double median, double q1, double q3, double p90, double p95, double p99) {

    /**
     * Summarises a sample.
     *
     * @param values the sample, non-empty and finite; not modified
     * @return its summary
     * @throws IllegalArgumentException on an empty sample or a non-finite value
     */
    public static Summary of(double[] values) {
        double[] sorted = Samples.sortedCopy("samples", values);
        int n = sorted.length;
        // Welford's update: one pass, no catastrophic cancellation for large, tightly grouped values
        double mean = 0;
        double m2 = 0;
        for (int i = 0; i < n; i++) {
            double delta = sorted[i] - mean;
            mean += delta / (i + 1);
            m2 += delta * (sorted[i] - mean);
        }
        double stddev = n > 1 ? Math.sqrt(m2 / (n - 1)) : 0;
        return new Summary(n, sorted[0], sorted[n - 1], mean, stddev,
                Quantiles.ofSorted(sorted, 0.5), Quantiles.ofSorted(sorted, 0.25), Quantiles.ofSorted(sorted, 0.75),
                Quantiles.ofSorted(sorted, 0.90), Quantiles.ofSorted(sorted, 0.95), Quantiles.ofSorted(sorted, 0.99));
    }

    /** The interquartile range, {@code q3 − q1}. */
    public double iqr() {
        return q3 - q1;
    }
}
