package io.perfloop.profile.analysis;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedThread;

import java.util.HashMap;
import java.util.Map;

/**
 * Counts CPU samples per OS thread and the CPU time those threads really used (from
 * {@code jdk.ThreadCPULoad}, a share of all CPUs over the last period), to check the sample count
 * against CPU time / interval. The first load event of a thread only sets its baseline, which errs
 * towards expecting fewer samples, never more.
 */
final class SamplingCounter {
    /** Below this share of the samples due, the profile under-samples. */
    static final double LOW = 0.5;
    private static final double MIN_EXPECTED = 20;

    private final Map<Long, long[]> samples = new HashMap<>();
    private final Map<Long, ThreadCpu> cpu = new HashMap<>();
    private int cpus;

    void sample(RecordedThread thread) {
        if (thread != null) {
            samples.computeIfAbsent(thread.getOSThreadId(), k -> new long[1])[0]++;
        }
    }

    void cpuCount(int count) {
        if (count > 0) {
            cpus = count;
        }
    }

    void threadCpuLoad(RecordedEvent e, long epochNanos) {
        RecordedThread t = e.getThread();
        if (t == null) {
            return;
        }
        ThreadCpu c = cpu.computeIfAbsent(t.getOSThreadId(), k -> new ThreadCpu());
        c.system = "system".equals(t.getThreadGroup() == null ? null : t.getThreadGroup().getName());
        double load = e.getFloat("user") + e.getFloat("system");
        if (c.lastNanos != Long.MIN_VALUE && epochNanos > c.lastNanos) {
            // the load is a share of all CPUs; one thread cannot use more than one
            double oneCpuShare = Math.min(1.0, load * Math.max(1, cpus));
            c.cpuNanos += oneCpuShare * (epochNanos - c.lastNanos);
        }
        c.lastNanos = Math.max(c.lastNanos, epochNanos);
    }

    SamplingCheck check(long intervalNanos, String sampler, boolean samplingWasOn) {
        if (!samplingWasOn && samples.isEmpty()) {
            return new SamplingCheck(0, 0, 0, false, "no CPU samples: CPU sampling was off in these recordings"
                    + " (async-profiler's samples are in its own file, cpu.jfr)");
        }
        if (cpu.isEmpty() || intervalNanos <= 0) {
            long all = samples.values().stream().mapToLong(a -> a[0]).sum();
            return new SamplingCheck(all, 0, 0, false, all + " CPU samples; no per-thread CPU load recorded, sample count not checked");
        }
        long taken = 0;
        double expected = 0;
        int busy = 0;
        for (Map.Entry<Long, ThreadCpu> e : cpu.entrySet()) {
            long got = samples.getOrDefault(e.getKey(), new long[1])[0];
            double due = e.getValue().cpuNanos / intervalNanos;
            // JVM-internal threads (compiler, GC) are never sampled by JFR: judge them only if sampled at all
            boolean checked = due >= 5 && (got > 0 || !e.getValue().system);
            if (checked) {
                taken += got;
                expected += due;
                busy++;
            }
        }
        boolean low = expected >= MIN_EXPECTED && taken < LOW * expected;
        String message = low
                ? String.format(java.util.Locale.ROOT, "only %d CPU samples where ~%.0f were due from %d busy thread(s)' CPU time at %s intervals: "
                        + "the profile under-samples " + (sampler.equals("JFR")
                        ? "(JFR on JDK < 21 misses threads in native or intrinsic code); hot methods may be missing — use async-profiler"
                        : "(fewer samples than JFR's per-thread CPU load implies: samples lost on an overloaded machine, or that "
                        + "load overestimated); shares are still comparable, methods with few samples may be missing"),
                taken, expected, busy, Durations.format(intervalNanos))
                : String.format(java.util.Locale.ROOT, "%d CPU samples, ~%.0f due from %d busy thread(s)' CPU time (%s)", taken, expected, busy, sampler);
        return new SamplingCheck(taken, expected, busy, low, message);
    }

    private static final class ThreadCpu {
        long lastNanos = Long.MIN_VALUE;
        double cpuNanos;
        boolean system;
    }
}
