package io.perfloop.profile.analysis;

import java.util.Objects;

/**
 * One request (or any unit of work) as the profile analysis needs it: which endpoint, on which
 * thread, from when to when. Samples and events on that thread inside the interval are charged to
 * the endpoint. The agent's request events map onto this one to one.
 *
 * @param endpoint        e.g. {@code GET /orders/{id}}
 * @param threadId        the Java thread id ({@code Thread.getId()}), or -1 to match by name
 * @param threadName      the thread's name, used when {@code threadId} is -1 (may be null otherwise)
 * @param startEpochNanos start, nanoseconds since the epoch
 * @param endEpochNanos   end, nanoseconds since the epoch, not before the start
 * @param responseBytes   bytes of the response body, -1 when unknown (lets allocation be judged against what was sent)
 */
public record RequestInterval(String endpoint, long threadId, String threadName, long startEpochNanos, long endEpochNanos,
                              long responseBytes) {
    public RequestInterval {
        Objects.requireNonNull(endpoint, "endpoint");
        if (threadId < 0 && threadName == null) {
            throw new IllegalArgumentException("a request interval needs a thread id or a thread name");
        }
        if (endEpochNanos < startEpochNanos) {
            throw new IllegalArgumentException("request interval ends before it starts: " + startEpochNanos + " > " + endEpochNanos);
        }
    }

    /** An interval whose response size is unknown. */
    public RequestInterval(String endpoint, long threadId, String threadName, long startEpochNanos, long endEpochNanos) {
        this(endpoint, threadId, threadName, startEpochNanos, endEpochNanos, -1);
    }

    /** Wall time of the request. */
    public long durationNanos() {
        return endEpochNanos - startEpochNanos;
    }
}
