package io.perfloop.load.engine;

/**
 * The state of a running load test, once per second.
 *
 * @param second     seconds since the start
 * @param requests   completed so far
 * @param windowRate completed in the last second
 * @param p50Micros  corrected median of the last second (0 when nothing completed)
 * @param p99Micros  corrected 99th percentile of the last second
 * @param errors     failed so far
 * @param inFlight   sent and not yet completed
 * @param backlog    waiting for a free connection
 */
public record Progress(long second, long requests, long windowRate, long p50Micros, long p99Micros, long errors,
                       int inFlight, int backlog) {
}
