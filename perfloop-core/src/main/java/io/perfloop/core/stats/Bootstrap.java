package io.perfloop.core.stats;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.DoubleBinaryOperator;

/**
 * Seeded two-sample percentile bootstrap for how a quantile changed between two samples: each
 * sample is resampled with replacement on its own, the quantile is taken of both, and the
 * {@code (1−c)/2} and {@code (1+c)/2} percentiles of the resulting ratios (or differences) bound
 * the interval. Tail quantiles such as p99 have no usable closed-form interval for a ratio, which
 * is why they get this one.
 *
 * <p>Percentile rather than BCa: BCa's acceleration comes from a jackknife, and the jackknife is
 * inconsistent for quantiles (they are not smooth in the data), so it would add machinery without
 * making the interval more trustworthy. Like any bootstrap it treats values as independent: feed
 * it per-window or per-repetition values, not autocorrelated per-request latencies.
 *
 * <p>The same seed, iterations and input always give the same interval ({@link SplittableRandom}
 * is specified to be deterministic across JVMs).
 *
 * @param seed seed of the resampling stream
 * @param iterations number of resamples, {@value #MIN_ITERATIONS}..{@value #MAX_ITERATIONS}
 * @param confidence interval level, strictly between 0 and 1
 */
public record Bootstrap(long seed, int iterations, double confidence) {
    /** Resamples when not told otherwise. */
    public static final int DEFAULT_ITERATIONS = 2000;
    /** Fewer resamples cannot place a 95 % percentile bound meaningfully. */
    public static final int MIN_ITERATIONS = 100;
    /** Bounds the time one interval can take. */
    public static final int MAX_ITERATIONS = 100_000;
    /** Seed when not told otherwise, so two runs of the same compare print the same interval. */
    public static final long DEFAULT_SEED = 0x5EED_CAFEL;

    /** Validates the settings. */
    public Bootstrap {
        if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("bootstrap iterations must be between " + MIN_ITERATIONS
                    + " and " + MAX_ITERATIONS + ", was " + iterations);
        }
        Samples.checkConfidence(confidence);
    }

    /** {@value #DEFAULT_ITERATIONS} resamples, 95 %, the default seed. */
    public static Bootstrap defaults() {
        return new Bootstrap(DEFAULT_SEED, DEFAULT_ITERATIONS, 0.95);
    }

    /** The same settings with another seed. */
    public Bootstrap withSeed(long newSeed) {
        return new Bootstrap(newSeed, iterations, confidence);
    }

    /**
     * Interval for {@code quantile(b, q) / quantile(a, q)}, e.g. new p99 over old p99. Meant for
     * positive metrics; the bounds are NaN when a resample of a has quantile 0.
     *
     * @param a first (old) sample; not modified
     * @param b second (new) sample; not modified
     * @param q the quantile, 0..1 (0.99 for p99)
     */
    public BootstrapInterval quantileRatio(double[] a, double[] b, double q) {
        return interval(a, b, q, (qa, qb) -> qa == 0 ? Double.NaN : qb / qa);
    }

    /**
     * Interval for {@code quantile(b, q) − quantile(a, q)}, in the samples' unit.
     *
     * @param a first (old) sample; not modified
     * @param b second (new) sample; not modified
     * @param q the quantile, 0..1
     */
    public BootstrapInterval quantileDifference(double[] a, double[] b, double q) {
        return interval(a, b, q, (qa, qb) -> qb - qa);
    }

    private BootstrapInterval interval(double[] a, double[] b, double q, DoubleBinaryOperator effect) {
        Samples.checkProbability("quantile", q);
        double[] sortedA = Samples.sortedCopy("first sample (a)", a);
        double[] sortedB = Samples.sortedCopy("second sample (b)", b);
        double estimate = effect.applyAsDouble(Quantiles.ofSorted(sortedA, q), Quantiles.ofSorted(sortedB, q));
        SplittableRandom random = new SplittableRandom(seed);
        int[] countsA = new int[sortedA.length];
        int[] countsB = new int[sortedB.length];
        double[] effects = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            double qa = resampledQuantile(sortedA, countsA, q, random);
            double qb = resampledQuantile(sortedB, countsB, q, random);
            effects[i] = effect.applyAsDouble(qa, qb);
            if (Double.isNaN(effects[i])) {
                return new BootstrapInterval(estimate, Double.NaN, Double.NaN, confidence, iterations, seed);
            }
        }
        Arrays.sort(effects);
        return new BootstrapInterval(estimate, Quantiles.ofSorted(effects, (1 - confidence) / 2),
                Quantiles.ofSorted(effects, (1 + confidence) / 2), confidence, iterations, seed);
    }

    /**
     * The type-7 quantile of one resample without building it: drawing n indices only fixes how
     * often each sorted value occurs, and order statistics follow from cumulative counts. O(n)
     * per resample instead of O(n log n) for sorting it.
     */
    static double resampledQuantile(double[] sorted, int[] counts, double q, SplittableRandom random) {
        int n = sorted.length;
        Arrays.fill(counts, 0);
        for (int i = 0; i < n; i++) {
            counts[random.nextInt(n)]++;
        }
        double h = (n - 1) * q;
        int below = (int) Math.floor(h);
        int index = 0;
        int seen = counts[0];
        while (seen <= below) {
            seen += counts[++index];
        }
        double lower = sorted[index];
        if (below + 1 >= n || h == below) {
            return lower;
        }
        while (seen <= below + 1) {
            seen += counts[++index];
        }
        return Quantiles.interpolate(lower, sorted[index], h - below);
    }
}
