package io.perfloop.core.compare;

import io.perfloop.core.stats.BootstrapInterval;
import io.perfloop.core.stats.MannWhitneyResult;
import io.perfloop.core.stats.MedianInterval;
import java.util.List;

/**
 * The comparison of one metric.
 *
 * @param group the metric's group (endpoint), empty for none
 * @param metric the metric
 * @param oldMedian old median with its order-statistic interval
 * @param newMedian new median with its order-statistic interval
 * @param deltaPercent {@code (new − old) / |old| · 100} of the medians, i.e. {@code (new/old − 1)·100}
 *                     for positive metrics; 0 when both are 0, ±Infinity when only old is 0
 * @param deltaInterval bootstrap interval of the delta in percent for {@link Metric#tail() tail}
 *                      metrics with a positive old median; null otherwise
 * @param test the Mann-Whitney test of old (a) against new (b); {@code test().p()} is the raw p
 * @param pAdjusted Holm-adjusted p within the metric's family; NaN for
 *                  {@link Verdict#INSUFFICIENT_DATA}, which is left out of the family
 * @param verdict what was concluded
 * @param warnings reasons to distrust or qualify the verdict, in plain words; may be empty
 */
public record MetricVerdict(String group, Metric metric, MedianInterval oldMedian, MedianInterval newMedian,
                            double deltaPercent, BootstrapInterval deltaInterval, MannWhitneyResult test,
                            double pAdjusted, Verdict verdict, List<String> warnings) {

    /** Copies the warnings. */
    public MetricVerdict {
        warnings = List.copyOf(warnings);
    }

    /** The raw two-sided p-value. */
    public double pRaw() {
        return test.p();
    }

    /** Group and metric name, e.g. {@code "GET /orders latency p50"}. */
    public String label() {
        return group.isEmpty() ? metric.name() : group + " " + metric.name();
    }
}
