package io.perfloop.core.event;

import java.util.List;

/**
 * One served HTTP request with everything it caused, as captured by the agent: the server entry
 * opened a unit of work, the statements and downstream calls made on its thread (and on threads
 * it handed work to) landed in it, and its resource use was measured.
 *
 * @param id               the request's unit-of-work id; its statements carry it as {@code unitOfWorkId}
 * @param endpoint         what the request is counted under: Spring MVC's best-matching pattern when
 *                         present ({@code GET /owners/{ownerId}}), else method and path template
 *                         (numeric and UUID segments as {@code {id}})
 * @param method           HTTP method
 * @param path             request path as received, without the query
 * @param status           response status; 500 when the handler threw and set nothing else
 * @param startEpochNanos  wall-clock start, nanoseconds since the epoch
 * @param wallNanos        wall time from server entry to exit
 * @param cpuNanos         CPU time of the request thread plus that of tasks it handed to executors
 *                         (measured per task); -1 when the JVM cannot measure thread CPU time
 * @param allocatedBytes   bytes allocated by the same threads over the same spans; -1 when unknown
 * @param responseBytes    response body bytes written, -1 when unknown
 * @param server           the server entry that opened it: {@code servlet}, {@code jdkhttpserver}
 * @param thread           name of the thread that served it
 * @param statements       SQL statements in capture order (at most the agent's per-request cap)
 * @param httpCalls        downstream HTTP calls in start order (at most the per-request cap)
 * @param droppedStatements statements beyond the cap, counted only
 * @param droppedHttpCalls calls beyond the cap, counted only
 * @param error            exception class and message when the handler threw, else {@code null}
 * @param firstByteNanos   time from the request's start to the first write of its response body, -1
 *                         when unknown or nothing was written: near {@code wallNanos} for a response
 *                         built in memory and written at the end, early for one that is streamed
 */
public record RequestEvent(
        long id,
        String endpoint,
        String method,
        String path,
        int status,
        long startEpochNanos,
        long wallNanos,
        long cpuNanos,
        long allocatedBytes,
        long responseBytes,
        String server,
        String thread,
        List<StatementEvent> statements,
        List<HttpCallEvent> httpCalls,
        long droppedStatements,
        long droppedHttpCalls,
        String error,
        long firstByteNanos) {

    public RequestEvent {
        statements = List.copyOf(statements);
        httpCalls = List.copyOf(httpCalls);
    }

    /** A request whose first response byte was not timed. */
    public RequestEvent(long id, String endpoint, String method, String path, int status, long startEpochNanos, long wallNanos,
                        long cpuNanos, long allocatedBytes, long responseBytes, String server, String thread,
                        List<StatementEvent> statements, List<HttpCallEvent> httpCalls, long droppedStatements,
                        long droppedHttpCalls, String error) {
        this(id, endpoint, method, path, status, startEpochNanos, wallNanos, cpuNanos, allocatedBytes, responseBytes, server,
                thread, statements, httpCalls, droppedStatements, droppedHttpCalls, error, -1);
    }

    /** Whether the request failed: a 5xx status or an exception out of the handler. */
    public boolean failed() {
        return status >= 500 || error != null;
    }
}
