package io.perfloop.profile.analysis;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedThread;

import java.util.HashMap;
import java.util.Map;

/**
 * Counts CPU samples per OS thread and the CPU time those threads really used (from
 * {@code jdk.ThreadCPULoad}, a share of the JVM's active processors over the last period), to check
 * the sample count against CPU time / interval. The first load event of a thread only sets its
 * baseline, which errs towards expecting fewer samples, never more.
 *
 * <p>The processor count the load is a share of is the JVM's own ({@code availableProcessors}: its
 * affinity mask and container limit). The recording has the machine's hardware threads and, in a
 * container, the limit; the affinity mask only the recorder knows, so a known count
 * ({@link #knownCpus}) wins. Scaling by the hardware threads of a JVM pinned to fewer CPUs would
 * expect too many samples and warn of under-sampling that is not there. The loads are summed as
 * they come and scaled once at the end, since the counts may be read after them.
 */
final class SamplingCounter {
    /** Below this share of the samples due, the profile under-samples. */
    static final double LOW = 0.5;
    private static final double MIN_EXPECTED = 20;

    private final Map<Long, long[]> samples = new HashMap<>();
    private final Map<Long, ThreadCpu> cpu = new HashMap<>();
    private int hardwareThreads;
    private int containerCpus;
    private int knownCpus;

    void sample(RecordedThread thread) {
        if (thread != null) {
            samples.computeIfAbsent(thread.getOSThreadId(), k -> new long[1])[0]++;
        }
    }

    /** The machine's hardware threads ({@code jdk.CPUInformation}). */
    void hardwareThreads(int count) {
        if (count > 0) {
            hardwareThreads = count;
        }
    }

    /** The container's CPU limit ({@code jdk.ContainerConfiguration}). */
    void containerCpus(int count) {
        if (count > 0) {
            containerCpus = count;
        }
    }

    /** The CPUs the recorded JVM could run on, when the recorder knew them; 0 for unknown. */
    void knownCpus(int count) {
        knownCpus = Math.max(0, count);
    }

    /** The JVM's active processor count as far as it is known: what JFR's loads are shares of. */
    int activeCpus() {
        int count = knownCpus > 0 ? knownCpus : hardwareThreads;
        if (containerCpus > 0) {
            count = count > 0 ? Math.min(count, containerCpus) : containerCpus;
        }
        return Math.max(1, count);
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
            c.loadNanos += load * (epochNanos - c.lastNanos);
            c.periodNanos += epochNanos - c.lastNanos;
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
        int cpus = activeCpus();
        for (Map.Entry<Long, ThreadCpu> e : cpu.entrySet()) {
            long got = samples.getOrDefault(e.getKey(), new long[1])[0];
            double due = e.getValue().cpuNanos(cpus) / intervalNanos;
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
        /** Load (a share of all active CPUs) × time, summed over the thread's periods. */
        double loadNanos;
        long periodNanos;
        boolean system;

        /** The thread's CPU time: its load scaled to CPUs, and no more than one CPU's worth over its periods. */
        double cpuNanos(int cpus) {
            return Math.min(loadNanos * cpus, periodNanos);
        }
    }
}
