package io.perfloop.junit.benchmark;

import io.perfloop.core.stats.Summary;
import io.perfloop.junit.benchmark.internal.Blocks;
import org.apache.commons.math3.distribution.TDistribution;

import java.util.Arrays;

/**
 * pytest-benchmark's statistics of one benchmark, in seconds per call, plus JMH's error: the
 * half-width of a 99.9 % Student-t interval on the mean. Quartiles are R's and NumPy's default
 * (type 7, as everywhere in perfloop), which can differ slightly from pytest-benchmark's for
 * small numbers of rounds.
 *
 * @param min fastest round
 * @param max slowest round
 * @param mean mean of the rounds
 * @param stddev sample standard deviation of the rounds
 * @param median median round
 * @param q1 first quartile
 * @param q3 third quartile
 * @param iqr {@code q3 − q1}
 * @param stddevOutliers rounds more than one standard deviation from the mean
 * @param iqrOutliers rounds more than 1.5 IQR below q1 or above q3
 * @param ld15iqr lowest round within 1.5 IQR of q1
 * @param hd15iqr highest round within 1.5 IQR of q3
 * @param ops calls per second, {@code 1 / mean}
 * @param total measured time of all rounds, seconds
 * @param rounds number of rounds
 * @param iterations calls per round
 * @param meanError half-width of the 99.9 % Student-t interval on the mean over the blocks of rounds
 *                  (JMH's "Error"; NaN with fewer than two blocks)
 */
public record BenchmarkStats(double min, double max, double mean, double stddev, double median, double q1, double q3,
                             double iqr, int stddevOutliers, int iqrOutliers, double ld15iqr, double hd15iqr,
                             double ops, double total, int rounds, long iterations, double meanError) {
    /** JMH's confidence level for its error column. */
    public static final double ERROR_CONFIDENCE = 0.999;

    /**
     * Computes the statistics.
     *
     * @param perIteration seconds per call of each round, non-empty and finite
     * @param iterations calls per round
     */
    public static BenchmarkStats of(double[] perIteration, long iterations) {
        Summary s = Summary.of(perIteration);
        double low = s.q1() - 1.5 * s.iqr();
        double high = s.q3() + 1.5 * s.iqr();
        int stddevOutliers = 0;
        int iqrOutliers = 0;
        double ld15iqr = Double.POSITIVE_INFINITY;
        double hd15iqr = Double.NEGATIVE_INFINITY;
        double sum = 0;
        for (double x : perIteration) {
            sum += x;
            if (x < s.mean() - s.stddev() || x > s.mean() + s.stddev()) {
                stddevOutliers++;
            }
            if (x < low || x > high) {
                iqrOutliers++;
            }
            if (x >= low) {
                ld15iqr = Math.min(ld15iqr, x);
            }
            if (x <= high) {
                hd15iqr = Math.max(hd15iqr, x);
            }
        }
        return new BenchmarkStats(s.min(), s.max(), s.mean(), s.stddev(), s.median(), s.q1(), s.q3(), s.iqr(),
                stddevOutliers, iqrOutliers, ld15iqr, hd15iqr, 1 / s.mean(), sum * iterations, s.n(), iterations,
                meanError(Blocks.means(perIteration)));
    }

    /** pytest-benchmark's outlier column: {@code "stddevOutliers;iqrOutliers"}. */
    public String outliers() {
        return stddevOutliers + ";" + iqrOutliers;
    }

    /** A statistic by the name compare-fail expressions use: min, max, mean, median. */
    public double field(String name) {
        return switch (name) {
            case "min" -> min;
            case "max" -> max;
            case "mean" -> mean;
            case "median" -> median;
            default -> throw new IllegalArgumentException("no statistic '" + name + "'");
        };
    }

    private static double meanError(double[] blockMeans) {
        int n = blockMeans.length;
        if (n < 2) {
            return Double.NaN;
        }
        double mean = Arrays.stream(blockMeans).average().orElseThrow();
        double squares = 0;
        for (double x : blockMeans) {
            squares += (x - mean) * (x - mean);
        }
        double t = new TDistribution(null, n - 1).inverseCumulativeProbability(1 - (1 - ERROR_CONFIDENCE) / 2);
        return t * Math.sqrt(squares / (n - 1)) / Math.sqrt(n);
    }
}
