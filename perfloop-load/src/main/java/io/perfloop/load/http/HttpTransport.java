package io.perfloop.load.http;

/**
 * Sends requests asynchronously. Implementations keep connections alive between requests; the engine bounds
 * how many requests are in flight, so a transport never needs its own queue.
 */
public interface HttpTransport extends AutoCloseable {
    /**
     * Sends one request; {@code done} is called exactly once, on any thread, when it completes or fails.
     * Must not block.
     */
    void send(OutgoingRequest request, Completion done);

    /** {@code jetty} or {@code jdk}, for the run file. */
    String name();

    @Override
    void close();

    /** Completion callback. */
    @FunctionalInterface
    interface Completion {
        /**
         * @param status        HTTP status, or 0 when the request failed without a response
         * @param bytesReceived response body bytes read
         * @param failure       {@code null} on a response, else why there was none
         */
        void completed(int status, long bytesReceived, Throwable failure);
    }
}
