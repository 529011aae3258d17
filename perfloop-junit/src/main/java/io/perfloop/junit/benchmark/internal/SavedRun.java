package io.perfloop.junit.benchmark.internal;

import io.perfloop.junit.benchmark.BenchmarkResult;

import java.util.List;
import java.util.Map;

/**
 * One saved test run, the JSON under {@code .benchmarks/<machine>/<n>_<name>.json}.
 *
 * @param format version of this layout, {@value #FORMAT}; other versions are refused
 * @param tool what wrote it
 * @param datetime when the run ended, ISO-8601 UTC
 * @param machineInfo machine and JVM (host, OS, CPU, Java version, JVM arguments)
 * @param commitInfo git commit, branch and dirty flag of the working directory; empty outside git
 * @param benchmarks every benchmark of the run
 */
public record SavedRun(int format, String tool, String datetime, Map<String, Object> machineInfo,
                       Map<String, Object> commitInfo, List<BenchmarkResult> benchmarks) {
    /** The layout version this code writes and reads. */
    public static final int FORMAT = 1;
}
