package io.perfloop.load.http.nio;

import io.perfloop.load.http.HttpTransport.Completion;

/**
 * One request on its way through an event loop.
 *
 * @param request       what to send
 * @param done          told once, on the loop thread
 * @param deadlineNanos when it times out ({@link System#nanoTime()} scale)
 * @param retried       whether it is the one retry after a kept-alive connection turned out to be closed
 */
record Exchange(EncodedRequest request, Completion done, long deadlineNanos, boolean retried) {
    Exchange retry() {
        return new Exchange(request, done, deadlineNanos, true);
    }
}
