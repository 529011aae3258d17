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
 */
public record RecordingFiles(Path cpu, Path events, CpuSampler sampler, Duration cpuInterval, List<String> notes) {
    public RecordingFiles {
        notes = List.copyOf(notes);
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
