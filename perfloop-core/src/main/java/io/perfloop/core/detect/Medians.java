package io.perfloop.core.detect;

import io.perfloop.core.stats.Quantiles;

import java.util.Collection;

/** The median of per-request figures, the robust "typical request" every endpoint rule reports. */
final class Medians {
    private Medians() {
    }

    static double of(Collection<? extends Number> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] xs = values.stream().mapToDouble(Number::doubleValue).sorted().toArray();
        return Quantiles.ofSorted(xs, 0.5);
    }

    static String millis(double nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f ms", nanos / 1e6);
    }
}
