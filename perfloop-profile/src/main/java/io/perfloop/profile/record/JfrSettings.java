package io.perfloop.profile.record;

import jdk.jfr.Configuration;

import java.io.IOException;
import java.text.ParseException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The JFR event settings perfloop records with: JFR's low-overhead {@code default} configuration
 * plus allocation samples, monitor enter / wait, thread park and sleep, socket and file I/O over a
 * threshold, per-thread CPU load every second (to check the CPU sample count against), GC, and
 * {@code jdk.VirtualThreadPinned} (ignored by JDKs before 21). JFR takes the CPU samples only when
 * async-profiler does not.
 */
public final class JfrSettings {
    private static final String[] WAIT_EVENTS = {"jdk.JavaMonitorEnter", "jdk.JavaMonitorWait", "jdk.ThreadPark",
            "jdk.ThreadSleep", "jdk.SocketRead", "jdk.SocketWrite", "jdk.FileRead", "jdk.FileWrite"};

    private JfrSettings() {
    }

    /**
     * The settings perfloop changes on top of JFR's {@code default} configuration, as
     * {@code event#setting -> value}.
     *
     * @param jfrTakesCpuSamples whether JFR's execution sampler is on (async-profiler unavailable)
     */
    public static Map<String, String> overrides(RecordingOptions options, boolean jfrTakesCpuSamples) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("jdk.ExecutionSample#enabled", String.valueOf(jfrTakesCpuSamples));
        s.put("jdk.ExecutionSample#period", timespan(options.cpuInterval()));
        // native-method samples are wall-clock samples of threads in native code: not CPU, and noisy
        s.put("jdk.NativeMethodSample#enabled", "false");
        s.put("jdk.ObjectAllocationSample#enabled", "true");
        s.put("jdk.ObjectAllocationSample#throttle", options.allocationRate() + "/s");
        s.put("jdk.ObjectAllocationSample#stackTrace", "true");
        for (String event : WAIT_EVENTS) {
            s.put(event + "#enabled", "true");
            s.put(event + "#stackTrace", "true");
            s.put(event + "#threshold", timespan(options.waitThreshold()));
        }
        s.put("jdk.GarbageCollection#enabled", "true");
        s.put("jdk.GCHeapSummary#enabled", "true");
        s.put("jdk.ThreadCPULoad#enabled", "true");
        s.put("jdk.ThreadCPULoad#period", "1 s");
        s.put("jdk.CPULoad#enabled", "true");
        s.put("jdk.CPULoad#period", "1 s");
        s.put("jdk.VirtualThreadPinned#enabled", "true");
        s.put("jdk.VirtualThreadPinned#stackTrace", "true");
        s.put("jdk.VirtualThreadPinned#threshold", timespan(options.pinnedThreshold()));
        return s;
    }

    /** JFR's {@code default} configuration of this JDK with {@link #overrides} applied, for an in-process recording. */
    public static Map<String, String> forThisJvm(RecordingOptions options, boolean jfrTakesCpuSamples) {
        Map<String, String> all;
        try {
            all = new LinkedHashMap<>(Configuration.getConfiguration("default").getSettings());
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("cannot read JFR's default configuration: " + e.getMessage(), e);
        }
        all.putAll(overrides(options, jfrTakesCpuSamples));
        return all;
    }

    /**
     * The value of {@code -XX:StartFlightRecording:} (JDK 17+ syntax: a base configuration followed by
     * {@code event#setting=value} pairs). Paths containing commas are refused, since commas separate
     * the options.
     */
    public static String startFlightRecordingOption(RecordingOptions options, boolean jfrTakesCpuSamples, java.nio.file.Path file) {
        String path = file.toAbsolutePath().toString();
        if (path.contains(",") || path.contains("=")) {
            throw new IllegalArgumentException("the recording path must not contain ',' or '=': " + path);
        }
        StringJoiner j = new StringJoiner(",");
        j.add("settings=default");
        overrides(options, jfrTakesCpuSamples).forEach((k, v) -> j.add(k + "=" + v.replace(" ", "")));
        j.add("filename=" + path);
        j.add("dumponexit=true");
        return j.toString();
    }

    /** A JFR timespan: whole milliseconds where exact, nanoseconds otherwise. */
    static String timespan(Duration d) {
        long nanos = d.toNanos();
        return nanos % 1_000_000 == 0 ? nanos / 1_000_000 + " ms" : nanos + " ns";
    }
}
