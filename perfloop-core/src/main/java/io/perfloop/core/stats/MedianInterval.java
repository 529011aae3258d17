package io.perfloop.core.stats;

import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * The sample median with a distribution-free confidence interval from order statistics: the
 * population median lies below the k-th smallest of n values with probability
 * {@code P(Binomial(n, ½) ≥ k)}, whatever the distribution (continuous). The interval
 * {@code [x(k), x(n+1−k)]} therefore covers it with probability
 * {@code 1 − 2·P(Binomial(n, ½) ≤ k − 1)}; the narrowest such interval whose coverage reaches
 * the requested level is returned. Coverage comes in steps, so the achieved level is usually a
 * little higher than asked ({@link #coverage()}).
 *
 * @param n number of values
 * @param median sample median (type-7, see {@link Quantiles})
 * @param lower lower bound {@code x(k)}, NaN when not {@link #determined()}
 * @param upper upper bound {@code x(n+1−k)}, NaN when not {@link #determined()}
 * @param confidence the requested level
 * @param coverage the level the interval actually has, NaN when not determined
 * @param determined false when n is too small for the level, i.e. even [min, max] covers
 *                   less ({@code 1 − 2^(1−n)}, so at 95 % at least 6 values are needed)
 */
public record MedianInterval(int n, double median, double lower, double upper,
                             double confidence, double coverage, boolean determined) {

    /**
     * Computes the median and its confidence interval.
     *
     * @param values the sample, non-empty and finite; not modified
     * @param confidence the level, strictly between 0 and 1 (e.g. 0.95)
     * @return the median with its interval, or NaN bounds when there are too few values
     * @throws IllegalArgumentException on bad input (named in the message)
     */
    public static MedianInterval of(double[] values, double confidence) {
        Samples.checkConfidence(confidence);
        double[] sorted = Samples.sortedCopy("samples", values);
        int n = sorted.length;
        double median = Quantiles.ofSorted(sorted, 0.5);
        // null generator: the distribution is only evaluated, never sampled
        BinomialDistribution binomial = new BinomialDistribution(null, n, 0.5);
        // largest j with P(Bin <= j) <= (1 - confidence)/2; then k = j + 1 (a tail of j values outside)
        double tail = (1 - confidence) / 2;
        int j = binomial.inverseCumulativeProbability(tail);
        if (binomial.cumulativeProbability(j) > tail) {
            j--;
        }
        int k = Math.min(j + 1, (n + 1) / 2);
        if (k == 0) {
            return new MedianInterval(n, median, Double.NaN, Double.NaN, confidence, Double.NaN, false);
        }
        double coverage = 1 - 2 * binomial.cumulativeProbability(k - 1);
        return new MedianInterval(n, median, sorted[k - 1], sorted[n - k], confidence, coverage, true);
    }

    /**
     * The smallest sample size for which {@link #of} can give an interval at this level:
     * {@code [min, max]} covers with {@code 1 − 2^(1−n)}.
     */
    public static int minimumSampleSize(double confidence) {
        Samples.checkConfidence(confidence);
        int n = 1;
        while (1 - Math.pow(2, 1 - n) < confidence) {
            n++;
        }
        return n;
    }
}
