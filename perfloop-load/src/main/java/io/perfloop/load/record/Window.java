package io.perfloop.load.record;

import org.HdrHistogram.Histogram;

/**
 * What one endpoint completed in one per-second window.
 *
 * @param corrected latencies from the intended start, microseconds
 * @param service   latencies from the actual send, microseconds
 * @param requests  requests completed
 * @param errors    requests failed
 */
record Window(Histogram corrected, Histogram service, long requests, long errors) {
}
