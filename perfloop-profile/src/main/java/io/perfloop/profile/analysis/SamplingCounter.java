package io.perfloop.profile.analysis;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedThread;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts CPU samples per OS thread and the CPU time those threads really used (from
 * {@code jdk.ThreadCPULoad}, a share of the JVM's active processors over the last period), to check
 * the sample count against CPU time / interval. Each event stands for its load over one JFR period
 * ({@link #threadCpuLoad}); the first load event of a thread only sets its baseline, which errs
 * towards expecting fewer samples, never more.
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

    /**
     * One {@code jdk.ThreadCPULoad}. JFR evaluates every thread once per period and writes an event
     * only for a thread that used at least 1 ms since its last event; the event's load is that CPU
     * time divided by <em>one</em> period (times the processors). So an event stands for load × one
     * period of CPU, however long ago the thread's previous event was: multiplying by the gap since
     * it, as this did, counted a thread that works now and then (a pool thread, an acceptor) once per
     * idle period too and expected several times the samples it could give.
     */
    void threadCpuLoad(RecordedEvent e, long epochNanos) {
        RecordedThread t = e.getThread();
        if (t == null) {
            return;
        }
        ThreadCpu c = cpu.computeIfAbsent(t.getOSThreadId(), k -> new ThreadCpu());
        c.system = "system".equals(t.getThreadGroup() == null ? null : t.getThreadGroup().getName());
        double load = e.getFloat("user") + e.getFloat("system");
        batches.add(epochNanos);
        if (c.seen++ > 0) {
            c.loadSum += load;
            c.events++;
        }
    }

    /**
     * JFR's evaluation period: the period the recording set ({@code jdk.ActiveSetting}, which
     * perfloop's recordings carry, JFR's default configuration enabling it); failing that, the median
     * gap between the instants events were written at (one per evaluation, shared by its events; a
     * thread that ends writes its own). The gaps overstate the period when whole evaluations wrote
     * nothing — every thread idle — so the setting comes first. 0 when neither is known.
     */
    long loadPeriodNanos(long configuredNanos) {
        return configuredNanos > 0 ? configuredNanos : medianBatchGap();
    }

    private long medianBatchGap() {
        long[] times = batches.distinctSorted();
        if (times.length < 2) {
            return 0;
        }
        long[] gaps = new long[times.length - 1];
        for (int i = 1; i < times.length; i++) {
            gaps[i - 1] = times[i] - times[i - 1];
        }
        Arrays.sort(gaps);
        return gaps[gaps.length / 2];
    }

    SamplingCheck check(long intervalNanos, String sampler, boolean samplingWasOn, long configuredLoadPeriodNanos) {
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
        long period = loadPeriodNanos(configuredLoadPeriodNanos);
        for (Map.Entry<Long, ThreadCpu> e : cpu.entrySet()) {
            long got = samples.getOrDefault(e.getKey(), new long[1])[0];
            double due = e.getValue().cpuNanos(cpus, period) / intervalNanos;
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
        /** Events seen; the first only sets the thread's baseline (it may hold CPU from before the recording). */
        int seen;
        /** Loads (shares of all active CPUs) of the events after the first, and how many. */
        double loadSum;
        int events;
        boolean system;

        /** The thread's CPU time: each event's load scaled to CPUs over one period, at most one CPU's worth each. */
        double cpuNanos(int cpus, long periodNanos) {
            return Math.min(loadSum * cpus, events) * periodNanos;
        }
    }

    /** The instants load events were written at: one per JFR evaluation, shared by its events. */
    private final Instants batches = new Instants();

    /** A growable list of instants, deduplicated when read; bounded (a week of 1 s periods). */
    private static final class Instants {
        private static final int MAX = 1 << 20;
        private long[] values = new long[64];
        private int size;
        private long last = Long.MIN_VALUE;

        void add(long t) {
            if (t == last || size >= MAX) {
                return; // the events of one evaluation come together
            }
            last = t;
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = t;
        }

        long[] distinctSorted() {
            long[] sorted = Arrays.copyOf(values, size);
            Arrays.sort(sorted);
            return Arrays.stream(sorted).distinct().toArray();
        }
    }
}
