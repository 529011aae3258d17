package io.perfloop.junit.benchmark.internal;

import io.perfloop.core.stats.Quantiles;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * hyperfine's "first run far slower than the rest" check, by its modified Z-score: how many median
 * absolute deviations the first timed value lies above the median of the rounds.
 *
 * <p>The values looked at are the calibration runs long enough to be timed reliably (the very
 * first call of a target happens there when warmup is off) followed by the rounds. A value counts
 * as cold when its Z-score exceeds hyperfine's {@value #THRESHOLD} <em>and</em> it is at least
 * {@value #MIN_RATIO}× the median: JIT-compiled loops can have a MAD of a tenth of a percent, and
 * without the ratio a 2 % blip on the first round would be called a cold start.
 */
public final class ColdStart {
    /** hyperfine's outlier threshold on the modified Z-score. */
    public static final double THRESHOLD = 14;
    /** Smallest slowdown against the median that can be called cold. */
    public static final double MIN_RATIO = 1.25;

    private ColdStart() {
    }

    /**
     * Looks for cold leading values.
     *
     * @param leading seconds per call of the calibration runs that lasted at least the minimum round time, in order
     * @param rounds seconds per call of the rounds, in order
     * @return what was found, when the first value is cold
     */
    public static Optional<Finding> check(double[] leading, double[] rounds) {
        if (rounds.length < 3) {
            return Optional.empty();
        }
        double[] sequence = new double[leading.length + rounds.length];
        System.arraycopy(leading, 0, sequence, 0, leading.length);
        System.arraycopy(rounds, 0, sequence, leading.length, rounds.length);
        double median = Quantiles.of(rounds, 0.5);
        double[] deviations = Arrays.stream(rounds).map(x -> Math.abs(x - median)).toArray();
        double mad = Quantiles.of(deviations, 0.5);
        double scale = mad > 0 ? mad : Math.ulp(median);
        int cold = 0;
        while (cold < sequence.length && isCold(sequence[cold], median, scale)) {
            cold++;
        }
        if (cold == 0) {
            return Optional.empty();
        }
        int coldRounds = Math.max(0, cold - leading.length);
        return Optional.of(new Finding(sequence[0], median, (sequence[0] - median) / scale, cold, coldRounds));
    }

    private static boolean isCold(double value, double median, double scale) {
        return (value - median) / scale > THRESHOLD && value >= MIN_RATIO * median;
    }

    /**
     * A cold start.
     *
     * @param first seconds per call of the first timed value
     * @param median median seconds per call of the rounds
     * @param zScore modified Z-score of the first value
     * @param coldValues leading values that were cold, calibration runs included
     * @param coldRounds how many of them were measured rounds (and so are in the statistics)
     */
    public record Finding(double first, double median, double zScore, int coldValues, int coldRounds) {
        /** How many times slower than the median the first value was. */
        public double ratio() {
            return first / median;
        }

        /** A sentence on what happened, without the advice. */
        public String describe() {
            String zText = zScore >= 1e6 ? String.format(Locale.ROOT, "%.1e", zScore) : String.format(Locale.ROOT, "%.0f", zScore);
            return String.format(Locale.ROOT,
                    "the first timed run took %s per call, %.1f× the median of %s (modified Z-score %s > %.0f)%s: "
                            + "the code ran cold (class loading, lazy initialisation, interpreted or not yet fully compiled code)",
                    Durations.format(first), ratio(), Durations.format(median), zText, THRESHOLD,
                    coldRounds == 0 ? "" : "; " + coldRounds + " cold round" + (coldRounds == 1 ? " is" : "s are")
                            + " in the statistics");
        }
    }
}
