package io.perfloop.core.compare;

import io.perfloop.core.stats.Bootstrap;
import java.util.Objects;

/**
 * Settings of a comparison.
 *
 * @param alpha significance level for the Holm-adjusted p-values, strictly between 0 and 1 (0.05)
 * @param failOnPercent smallest |delta| in percent of a significant regression that should fail
 *                      the comparison ({@link ComparisonResult#failed()}); 0 fails on any
 *                      significant regression
 * @param minEffectPercent practical-significance floor: a significant change whose |delta| is below
 *                         this many percent is reported as {@link Verdict#NO_CHANGE}, with a warning
 *                         giving its p (2 by default; 0 reports every significant change). Samples from
 *                         within one run cannot show how much a whole run varies (JIT decisions, code
 *                         and heap layout, the machine's state): two runs of unchanged code differ by
 *                         a real, "significant" 0.1–1 %, which is not a change anybody made.
 * @param family which metrics share one Holm correction
 * @param confidence level of the median and bootstrap intervals, strictly between 0 and 1 (0.95)
 * @param seed bootstrap seed, so a compare prints the same intervals every time
 * @param bootstrapIterations bootstrap resamples per tail metric (2000)
 */
public record ComparisonOptions(double alpha, double failOnPercent, double minEffectPercent, HolmFamily family,
                                double confidence, long seed, int bootstrapIterations) {

    /** Validates the settings. */
    public ComparisonOptions {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be strictly between 0 and 1, was " + alpha);
        }
        if (!(failOnPercent >= 0) || Double.isInfinite(failOnPercent)) {
            throw new IllegalArgumentException("failOnPercent must be a finite percentage >= 0, was " + failOnPercent);
        }
        if (!(minEffectPercent >= 0) || Double.isInfinite(minEffectPercent)) {
            throw new IllegalArgumentException("minEffectPercent must be a finite percentage >= 0, was " + minEffectPercent);
        }
        Objects.requireNonNull(family, "family");
        new Bootstrap(seed, bootstrapIterations, confidence); // validates iterations and confidence
    }

    /** The default practical-significance floor in percent. */
    public static final double DEFAULT_MIN_EFFECT_PERCENT = 2;

    /**
     * α = 0.05, fail on any significant regression, changes below 2 % are no change, one Holm
     * family, 95 %, 2000 resamples.
     */
    public static ComparisonOptions defaults() {
        return new ComparisonOptions(0.05, 0, DEFAULT_MIN_EFFECT_PERCENT, HolmFamily.COMPARISON, 0.95,
                Bootstrap.DEFAULT_SEED, Bootstrap.DEFAULT_ITERATIONS);
    }

    /** The same options with another significance level. */
    public ComparisonOptions withAlpha(double newAlpha) {
        return new ComparisonOptions(newAlpha, failOnPercent, minEffectPercent, family, confidence, seed, bootstrapIterations);
    }

    /** The same options with another failure threshold in percent. */
    public ComparisonOptions withFailOnPercent(double percent) {
        return new ComparisonOptions(alpha, percent, minEffectPercent, family, confidence, seed, bootstrapIterations);
    }

    /**
     * The same options with another practical-significance floor.
     *
     * @param percent significant changes with |delta| below this are no change; 0 keeps them all
     */
    public ComparisonOptions withMinEffectPercent(double percent) {
        return new ComparisonOptions(alpha, failOnPercent, percent, family, confidence, seed, bootstrapIterations);
    }

    /** The same options with another Holm family. */
    public ComparisonOptions withFamily(HolmFamily newFamily) {
        return new ComparisonOptions(alpha, failOnPercent, minEffectPercent, newFamily, confidence, seed, bootstrapIterations);
    }

    /** The same options with other bootstrap settings. */
    public ComparisonOptions withBootstrap(long newSeed, int iterations) {
        return new ComparisonOptions(alpha, failOnPercent, minEffectPercent, family, confidence, newSeed, iterations);
    }

    /** The bootstrap these options describe. */
    Bootstrap bootstrap() {
        return new Bootstrap(seed, bootstrapIterations, confidence);
    }
}
