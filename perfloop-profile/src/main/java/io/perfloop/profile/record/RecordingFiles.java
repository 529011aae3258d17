package io.perfloop.profile.record;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The recordings one profiling session left behind.
 *
 * @param cpu         async-profiler's CPU samples (JFR format), or {@code null} when JFR sampled the CPU
 * @param events      JFR's recording: allocation, locks, waits, GC, pinning (and CPU samples when {@code cpu} is null)
 * @param sampler     who took the CPU samples, {@link CpuSampler#ASYNC_PROFILER} or {@link CpuSampler#JFR}
 * @param cpuInterval the CPU sampling interval
 * @param notes       what the session had to fall back on, and why (empty when nothing)
 * @param cpus        the CPUs the recorded JVM could run on ({@link ProcessCpus}), 0 when unknown; the
 *                    analysis needs it to turn JFR's per-thread CPU load into CPU time
 */
public record RecordingFiles(Path cpu, Path events, CpuSampler sampler, Duration cpuInterval, List<String> notes, int cpus) {
    public RecordingFiles {
        notes = List.copyOf(notes);
        cpus = Math.max(0, cpus);
    }

    /** Recordings of a JVM whose CPU count is not known. */
    public RecordingFiles(Path cpu, Path events, CpuSampler sampler, Duration cpuInterval, List<String> notes) {
        this(cpu, events, sampler, cpuInterval, notes, 0);
    }

    /** The same recordings of a JVM known to run on {@code value} CPUs. */
    public RecordingFiles withCpus(int value) {
        return new RecordingFiles(cpu, events, sampler, cpuInterval, notes, value);
    }

    /** The recordings that exist, CPU samples first; the input of {@code ProfileAnalyzer}. */
    public List<Path> paths() {
        List<Path> paths = new ArrayList<>();
        if (cpu != null && Files.isRegularFile(cpu)) {
            paths.add(cpu);
        }
        if (events != null && Files.isRegularFile(events)) {
            paths.add(events);
        }
        return paths;
    }
}
