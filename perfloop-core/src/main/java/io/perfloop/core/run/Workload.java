package io.perfloop.core.run;

import java.util.List;
import java.util.Map;

/**
 * What was sent, how it was paced, and how well the generator kept up.
 *
 * @param source          where the requests came from (file name, or a description)
 * @param sourceKind      {@code access-log}, {@code har}, {@code targets}
 * @param model           {@code replay}, {@code open} (fixed rate) or {@code closed} (fixed concurrency)
 * @param settings        the pacing and client settings as given (speed, rate, ramp, concurrency, ...)
 * @param target          base URL relative paths were sent to
 * @param client          the HTTP client used
 * @param durationSeconds wall time from the first intended start to the last completion
 * @param requestsPlanned requests the schedule contained
 * @param requestsSent    requests handed to the client
 * @param dropped         requests not sent because the backlog of waiting requests was full
 * @param blocked         requests that had to wait for a free connection (their wait is in the corrected latency)
 * @param malformedLines  source records skipped as malformed
 * @param stalls          moments the generator itself stalled for more than the watchdog's limit
 */
public record Workload(String source, String sourceKind, String model, Map<String, String> settings,
                       String target, String client, double durationSeconds, long requestsPlanned,
                       long requestsSent, long dropped, long blocked, long malformedLines,
                       List<GeneratorStall> stalls) {
    public Workload {
        settings = settings == null ? Map.of() : Map.copyOf(settings);
        stalls = stalls == null ? List.of() : List.copyOf(stalls);
    }

    /**
     * A stall of the generator (GC pause, CPU starvation): during it, no request could be sent on time.
     *
     * @param atSecond  seconds since the run started
     * @param millis    how long the watchdog thread was kept from running
     */
    public record GeneratorStall(double atSecond, long millis) {
    }
}
