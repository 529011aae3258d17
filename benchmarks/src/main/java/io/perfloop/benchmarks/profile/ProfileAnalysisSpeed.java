package io.perfloop.benchmarks.profile;

import io.perfloop.profile.analysis.AnalysisOptions;
import io.perfloop.profile.analysis.ProfileAnalysis;
import io.perfloop.profile.analysis.ProfileAnalyzer;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Events per second <em>per core</em> of the profile analysis, measured by CPU time rather than
 * wall time, so the figure holds on a shared machine: events / CPU seconds of the analysing thread,
 * and events / CPU seconds of the whole process (GC and JIT threads included). Warm-up runs first;
 * the median of the measured runs is reported, for the whole recording and with the per-endpoint
 * join. A timed main, not JMH, because JMH reports wall-clock rates only.
 *
 * <pre>
 * java -Xms1g -Xmx1g -XX:+AlwaysPreTouch -cp "$CP" io.perfloop.benchmarks.profile.ProfileAnalysisSpeed benchmarks/target/large-recording 10 15
 * </pre>
 */
public final class ProfileAnalysisSpeed {
    private ProfileAnalysisSpeed() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/large-recording");
        int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        List<Path> files = List.of(dir.resolve("profile.jfr"), dir.resolve("cpu.jfr"));
        AnalysisOptions whole = AnalysisOptions.defaults();
        AnalysisOptions perEndpoint = whole.withRequests(LargeRecording.requests(dir));
        System.out.printf(Locale.ROOT, "JDK %s, %d CPUs, recording %s%n", Runtime.version(), Runtime.getRuntime().availableProcessors(), dir);
        for (AnalysisOptions options : List.of(whole, perEndpoint)) {
            String name = options.requests().isEmpty() ? "whole recording" : "per endpoint (" + options.requests().size() + " requests)";
            for (int i = 0; i < warmups; i++) {
                ProfileAnalyzer.analyze(files, options);
            }
            double[] wall = new double[runs];
            double[] thread = new double[runs];
            double[] process = new double[runs];
            long events = 0;
            for (int i = 0; i < runs; i++) {
                long p0 = processCpu();
                long t0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                long w0 = System.nanoTime();
                ProfileAnalysis a = ProfileAnalyzer.analyze(files, options);
                long w = System.nanoTime() - w0;
                long t = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - t0;
                long p = processCpu() - p0;
                events = a.recording().events();
                wall[i] = events / (w / 1e9);
                thread[i] = events / (t / 1e9);
                process[i] = events / (p / 1e9);
            }
            System.out.printf(Locale.ROOT, "%-40s %,d events: %,.0f events/s wall, %,.0f per analysing-thread CPU second, %,.0f per process CPU second (medians of %d)%n",
                    name, events, median(wall), median(thread), median(process), runs);
        }
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
