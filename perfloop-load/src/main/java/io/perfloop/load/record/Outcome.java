package io.perfloop.load.record;

import io.perfloop.load.http.ErrorKind;

/**
 * What happened to one request.
 *
 * @param intendedNanos when it should have started ({@link System#nanoTime()} scale)
 * @param sentNanos     when it was handed to a free connection
 * @param endNanos      when it completed or failed
 * @param status        HTTP status, 0 when there was no response
 * @param bytesReceived response body bytes
 * @param bytesSent     request body bytes
 * @param error         why there was no response, or {@code null}
 */
public record Outcome(long intendedNanos, long sentNanos, long endNanos, int status, long bytesReceived,
                      long bytesSent, ErrorKind error) {

    /** Whether the request counts as an error: no response, or a 5xx response. */
    public boolean failed() {
        return error != null || status >= 500;
    }
}
