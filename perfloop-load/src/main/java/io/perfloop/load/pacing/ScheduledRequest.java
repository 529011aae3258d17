package io.perfloop.load.pacing;

import io.perfloop.load.source.RequestSpec;

/**
 * A request with its intended start.
 *
 * @param offsetNanos when it should start, in nanoseconds after the run's start
 * @param request     what to send
 */
public record ScheduledRequest(long offsetNanos, RequestSpec request) {
}
