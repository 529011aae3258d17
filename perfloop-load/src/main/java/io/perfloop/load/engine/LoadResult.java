package io.perfloop.load.engine;

import java.time.Instant;
import java.util.List;

import io.perfloop.core.run.EndpointResult;
import io.perfloop.core.run.Workload.GeneratorStall;

/**
 * What a run measured.
 *
 * @param startedAt     wall-clock start
 * @param endedAt       wall-clock end
 * @param durationNanos from the first intended start to the last completion
 * @param endpoints     per endpoint, busiest first
 * @param overall       all endpoints together
 * @param planned       requests taken from the schedule
 * @param sent          requests handed to the client
 * @param dropped       requests not sent: the backlog was full
 * @param blocked       requests that waited for a free connection
 * @param abandoned     requests still in flight when the run gave up waiting for them
 * @param lateRecords   log records that arrived out of order beyond the reorder window
 * @param stalls        generator stalls
 */
public record LoadResult(Instant startedAt, Instant endedAt, long durationNanos, List<EndpointResult> endpoints,
                         EndpointResult overall, long planned, long sent, long dropped, long blocked, long abandoned,
                         long lateRecords, List<GeneratorStall> stalls) {

    /** Completed requests per second over the whole run. */
    public double throughput() {
        return durationNanos == 0 ? 0 : overall.requests() / (durationNanos / 1e9);
    }
}
