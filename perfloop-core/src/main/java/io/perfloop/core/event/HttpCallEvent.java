package io.perfloop.core.event;

/**
 * One downstream HTTP call made while serving a request, as captured by the agent. Start and
 * duration are kept so that overlapping calls can be told from sequential ones.
 *
 * @param sequence        order of capture within the process (monotonic, shared with nothing else)
 * @param client          the client library: {@code jdk-httpclient}, {@code httpurlconnection},
 *                        {@code apache-httpclient5}
 * @param method          HTTP method, upper case
 * @param urlTemplate     {@code scheme://host:port/path} with id-like path segments (numbers, UUIDs,
 *                        long hex) replaced by {@code {id}}; the query is dropped (it may carry
 *                        personal data)
 * @param host            {@code host:port} of the target
 * @param status          response status, or -1 when the call failed before a response
 * @param startEpochNanos wall-clock start, nanoseconds since the epoch
 * @param durationNanos   until the response headers arrived (sync) or the response future completed
 *                        (async); the body may be read later
 * @param requestBytes    request body length when known, else -1
 * @param responseBytes   response body length when known (Content-Length, or a body already in
 *                        memory), else -1
 * @param async           whether the caller did not wait for it (a future was returned)
 * @param callSite        first application frame that made the call
 * @param thread          name of the calling thread
 * @param error           exception class and message when the call failed, else {@code null}
 */
public record HttpCallEvent(
        long sequence,
        String client,
        String method,
        String urlTemplate,
        String host,
        int status,
        long startEpochNanos,
        long durationNanos,
        long requestBytes,
        long responseBytes,
        boolean async,
        CallSite callSite,
        String thread,
        String error) {

    /** Whether the call raised an exception instead of returning a response. */
    public boolean failed() {
        return error != null;
    }

    /** Wall-clock end, nanoseconds since the epoch. */
    public long endEpochNanos() {
        return startEpochNanos + durationNanos;
    }
}
