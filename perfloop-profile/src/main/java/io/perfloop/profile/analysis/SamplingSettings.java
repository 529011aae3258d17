package io.perfloop.profile.analysis;

import jdk.jfr.consumer.RecordedEvent;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the recordings' settings ({@code jdk.ActiveSetting}) say about CPU sampling: async-profiler's
 * interval, JFR's execution-sample period and whether it was enabled at all (settings name event
 * types by id, so the ids of {@code jdk.ExecutionSample} are collected alongside).
 */
final class SamplingSettings {
    /** Ids {@code jdk.ExecutionSample} had in the files read. */
    final Set<Long> executionSampleTypeIds = new HashSet<>();
    /** Ids {@code jdk.ThreadCPULoad} had in the files read. */
    final Set<Long> threadCpuLoadTypeIds = new HashSet<>();
    /** "period" settings by event type id (the finest when several recordings set one). */
    private final Map<Long, Long> periods = new HashMap<>();
    /** Event type ids some recording enabled. */
    private final Set<Long> enabledTypes = new HashSet<>();
    /** Interval announced by async-profiler, 0 when none. */
    private long asyncIntervalNanos;

    void accept(RecordedEvent e, boolean asyncProfiler) {
        String name = e.getString("name");
        if ("interval".equals(name) && asyncProfiler) {
            asyncIntervalNanos = Durations.parseNanos(e.getString("value") + " ns");
        } else if ("enabled".equals(name) && !asyncProfiler && "true".equals(e.getString("value"))) {
            enabledTypes.add(e.getLong("id"));
        } else if ("period".equals(name) && !asyncProfiler) {
            long nanos = Durations.parseNanos(e.getString("value")); // JFR: "10 ms"; not a timespan: "everyChunk"…
            if (nanos > 0) {
                periods.merge(e.getLong("id"), nanos, Math::min);
            }
        }
    }

    /** Whether any recording sampled the CPU: async-profiler announced an interval, or JFR's sampler was enabled. */
    boolean cpuSamplingWasOn() {
        return asyncIntervalNanos > 0 || executionSampleTypeIds.stream().anyMatch(enabledTypes::contains);
    }

    /** The {@code jdk.ThreadCPULoad} period the recordings set (the finest, as JFR evaluates at it), 0 when unknown. */
    long threadCpuLoadPeriodNanos() {
        return finestPeriod(threadCpuLoadTypeIds);
    }

    /** The CPU sampling interval the recordings announced, 0 when none did. */
    long announcedIntervalNanos() {
        return asyncIntervalNanos > 0 ? asyncIntervalNanos : finestPeriod(executionSampleTypeIds);
    }

    /** The finest "period" any recording set for the event types {@code ids}, 0 when none did. */
    private long finestPeriod(Set<Long> ids) {
        long best = 0;
        for (long id : ids) {
            Long p = periods.get(id);
            if (p != null && (best == 0 || p < best)) {
                best = p;
            }
        }
        return best;
    }
}
