package io.perfloop.core.events;

import java.util.List;

/**
 * Cumulative counts at one moment of capture; the agent writes one at every flush and at exit,
 * and the last one in a file is the final word.
 *
 * @param atEpochMillis             when it was taken
 * @param state                     capture state then ({@link AgentStatus} states)
 * @param endpoints                 per-endpoint counts, by endpoint name
 * @param statementsOutsideRequests statements executed while no request (unit of work) was active
 * @param httpCallsOutsideRequests  downstream calls made while no request was active
 * @param disabledProbes            probes switched off after an exception, with the first error
 * @param stoppedReason             why capture stopped (e.g. a full disk), {@code null} while running
 */
public record EventsSummary(long atEpochMillis, String state, List<EndpointCounts> endpoints,
                            long statementsOutsideRequests, long httpCallsOutsideRequests,
                            List<String> disabledProbes, String stoppedReason) {
    public EventsSummary {
        endpoints = List.copyOf(endpoints);
        disabledProbes = List.copyOf(disabledProbes);
    }

    /** Requests counted over all endpoints while keeping. */
    public long measured() {
        return endpoints.stream().mapToLong(EndpointCounts::measured).sum();
    }

    /** Requests written over all endpoints. */
    public long written() {
        return endpoints.stream().mapToLong(EndpointCounts::written).sum();
    }
}
