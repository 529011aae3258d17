package io.perfloop.load.http.nio;

import io.perfloop.load.http.HttpTransport.Completion;

/**
 * One request on its way through an event loop.
 *
 * @param request       what to send
 * @param done          told once, when it completes or fails
 * @param deadlineNanos when it times out ({@link System#nanoTime()} scale), retries included
 */
record Exchange(EncodedRequest request, Completion done, long deadlineNanos) {
}
