package io.perfloop.core.stats;

import java.util.Random;
import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * Reproducible synthetic samples and binomial acceptance bounds for the simulation tests.
 * {@link Random} is used because its algorithm is fixed by its specification, so a seed gives
 * the same numbers on every JVM.
 */
public final class SeededSamples {
    private final Random random;

    public SeededSamples(long seed) {
        this.random = new Random(seed);
    }

    /** n draws from Normal(mean, sd). */
    public double[] normal(int n, double mean, double sd) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = mean + sd * random.nextGaussian();
        }
        return x;
    }

    /** n draws from a log-normal whose median is {@code median}: skewed like latencies. */
    public double[] logNormal(int n, double median, double sigma) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = median * Math.exp(sigma * random.nextGaussian());
        }
        return x;
    }

    /** n draws from Exponential(1), median ln 2. */
    public double[] exponential(int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = -Math.log(1 - random.nextDouble());
        }
        return x;
    }

    /** n integers uniform in [0, levels): heavy ties, like millisecond-rounded latencies. */
    public double[] discrete(int n, int levels) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextInt(levels);
        }
        return x;
    }

    /** Lowest count a Binomial(trials, p) stays above with probability 1 − tail. */
    public static int lowerBound(int trials, double p, double tail) {
        return new BinomialDistribution(null, trials, p).inverseCumulativeProbability(tail);
    }

    /** Highest count a Binomial(trials, p) stays below with probability 1 − tail. */
    public static int upperBound(int trials, double p, double tail) {
        return new BinomialDistribution(null, trials, p).inverseCumulativeProbability(1 - tail);
    }
}
