package io.perfloop.profile.analysis;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * What was read.
 *
 * @param files            the recordings, in the order read
 * @param events           events read
 * @param start            the first event's time
 * @param end              the last event's end
 * @param cpuSampler       {@code async-profiler} or {@code JFR}
 * @param cpuIntervalNanos CPU sampling interval used for time estimates
 * @param problems         files that could not be read to their end
 * @param cutStacks        distinct stacks cut to their top frame because the stack table was full
 */
public record RecordingSummary(List<Path> files, long events, Instant start, Instant end, String cpuSampler,
                               long cpuIntervalNanos, List<ReadProblem> problems, long cutStacks) {
    public RecordingSummary {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }

    /** Wall time covered by the events. */
    public long durationNanos() {
        return start == null || end == null ? 0 : Math.max(0, java.time.Duration.between(start, end).toNanos());
    }
}
