package io.perfloop.core.compare;

import io.perfloop.core.stats.Samples;
import java.util.Arrays;
import java.util.Objects;

/**
 * One metric's samples from the old and the new measurement. Each value should be one
 * independent unit: the metric over one time window of a run (e.g. each second's median
 * latency) or over one whole repetition. Not per-request values, which are autocorrelated
 * (see docs/compare.md, "Statistics").
 *
 * @param group what the metric belongs to, e.g. an endpoint {@code "GET /orders"}; empty for none
 * @param metric the metric
 * @param oldSamples the baseline's values; non-empty, finite (copied)
 * @param newSamples the candidate's values; non-empty, finite (copied)
 */
public record MetricSamples(String group, Metric metric, double[] oldSamples, double[] newSamples) {

    /**
     * Validates and copies the samples.
     *
     * @throws IllegalArgumentException naming the metric when a sample is empty or non-finite
     */
    public MetricSamples {
        group = group == null ? "" : group;
        Objects.requireNonNull(metric, "metric");
        String label = group.isEmpty() ? metric.name() : group + " " + metric.name();
        oldSamples = Samples.checkedCopy("old samples of '" + label + "'", oldSamples);
        newSamples = Samples.checkedCopy("new samples of '" + label + "'", newSamples);
    }

    /** Samples of an ungrouped metric. */
    public static MetricSamples of(Metric metric, double[] oldSamples, double[] newSamples) {
        return new MetricSamples("", metric, oldSamples, newSamples);
    }

    /** The same samples in a group (e.g. an endpoint). */
    public MetricSamples inGroup(String newGroup) {
        return new MetricSamples(newGroup, metric, oldSamples, newSamples);
    }

    /** A copy of the old values. */
    @Override
    public double[] oldSamples() {
        return oldSamples.clone();
    }

    /** A copy of the new values. */
    @Override
    public double[] newSamples() {
        return newSamples.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MetricSamples that && group.equals(that.group) && metric.equals(that.metric)
                && Arrays.equals(oldSamples, that.oldSamples) && Arrays.equals(newSamples, that.newSamples);
    }

    @Override
    public int hashCode() {
        return Objects.hash(group, metric, Arrays.hashCode(oldSamples), Arrays.hashCode(newSamples));
    }

    @Override
    public String toString() {
        return "MetricSamples[" + group + " " + metric.name() + ", old n=" + oldSamples.length
                + ", new n=" + newSamples.length + "]";
    }
}
