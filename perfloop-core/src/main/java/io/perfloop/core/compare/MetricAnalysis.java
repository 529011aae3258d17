package io.perfloop.core.compare;

import io.perfloop.core.stats.BootstrapInterval;
import io.perfloop.core.stats.MannWhitney;
import io.perfloop.core.stats.MannWhitneyResult;
import io.perfloop.core.stats.MedianInterval;

/**
 * Everything about one metric that does not depend on the other metrics: medians, delta, the
 * raw test. The family-wide Holm step and the verdict come after ({@link Comparison}).
 */
record MetricAnalysis(MetricSamples samples, MedianInterval oldMedian, MedianInterval newMedian,
                      double deltaPercent, BootstrapInterval deltaInterval, MannWhitneyResult test,
                      double smallestPossibleP) {

    static MetricAnalysis of(MetricSamples samples, ComparisonOptions options) {
        double[] oldValues = samples.oldSamples();
        double[] newValues = samples.newSamples();
        MedianInterval oldMedian = MedianInterval.of(oldValues, options.confidence());
        MedianInterval newMedian = MedianInterval.of(newValues, options.confidence());
        double delta = deltaPercent(oldMedian.median(), newMedian.median());
        BootstrapInterval deltaInterval = null;
        if (samples.metric().tail() && oldMedian.median() > 0) {
            // the metric's values are already per-window tails; the bootstrap resamples windows
            BootstrapInterval ratio = options.bootstrap().quantileRatio(oldValues, newValues, 0.5);
            deltaInterval = new BootstrapInterval(delta, (ratio.lower() - 1) * 100, (ratio.upper() - 1) * 100,
                    ratio.confidence(), ratio.iterations(), ratio.seed());
        }
        return new MetricAnalysis(samples, oldMedian, newMedian, delta, deltaInterval,
                MannWhitney.test(oldValues, newValues),
                MannWhitney.smallestPossibleP(oldValues.length, newValues.length));
    }

    /** {@code (new − old)/|old|·100}: equals {@code (new/old − 1)·100} for positive metrics. */
    static double deltaPercent(double oldValue, double newValue) {
        if (oldValue == 0) {
            return newValue == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, newValue);
        }
        return (newValue - oldValue) / Math.abs(oldValue) * 100;
    }

    /** Whether every old and new value is the same number: no rearrangement of them can give p below 1. */
    boolean constant() {
        double[] all = samples.oldSamples();
        double first = all[0];
        return java.util.Arrays.stream(all).allMatch(x -> x == first)
                && java.util.Arrays.stream(samples.newSamples()).allMatch(x -> x == first);
    }

    /** Whether any outcome of the test could be significant at α on its own. */
    boolean decidable(double alpha) {
        return smallestPossibleP <= alpha;
    }
}
