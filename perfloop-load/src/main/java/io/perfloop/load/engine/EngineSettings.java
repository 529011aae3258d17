package io.perfloop.load.engine;

import io.perfloop.load.record.EndpointGrouper;

/**
 * How the engine runs.
 *
 * @param target         resolves request targets to URLs
 * @param grouper        names endpoints
 * @param maxBacklog     requests that may wait for a free connection before new ones are dropped
 * @param maxEndpoints   distinct endpoints kept apart
 * @param stallNanos     generator stall reported above this (100 ms)
 * @param drainNanos     how long to wait for in-flight requests at the end
 */
public record EngineSettings(TargetResolver target, EndpointGrouper grouper, int maxBacklog, int maxEndpoints,
                             long stallNanos, long drainNanos) {
    /** Defaults: backlog 100,000, 200 endpoints, 100 ms stalls, 15 s drain. */
    public static EngineSettings defaults(TargetResolver target, EndpointGrouper grouper) {
        return new EngineSettings(target, grouper, 100_000, 200, 100_000_000L, 15_000_000_000L);
    }
}
