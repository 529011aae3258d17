package io.perfloop.agent.bootstrap;

import java.util.concurrent.atomic.LongAdder;

/**
 * The agent's JVM-wide settings and counters that probes read on every call: whether capture
 * runs at all (it stops for good when the events file cannot be written), the per-request caps,
 * the sink for finished requests, and what happened outside any request.
 */
public final class AgentRuntime {
    private static volatile boolean capturing = true;
    private static volatile RequestSink sink = request -> { };
    private static volatile int maxStatements = 1000;
    private static volatile int maxHttpCalls = 256;
    private static final LongAdder STATEMENTS_OUTSIDE = new LongAdder();
    private static final LongAdder HTTP_CALLS_OUTSIDE = new LongAdder();

    private AgentRuntime() {
    }

    /** Configures the runtime once, at agent start. */
    public static void configure(RequestSink requestSink, int statementsPerRequest, int httpCallsPerRequest) {
        sink = requestSink;
        maxStatements = statementsPerRequest;
        maxHttpCalls = httpCallsPerRequest;
    }

    /** Whether probes should record anything. */
    public static boolean capturing() {
        return capturing;
    }

    /** Stops capture for good (a full disk): probes turn into cheap no-ops. */
    public static void stopCapturing() {
        capturing = false;
    }

    /** Where finished requests go. */
    public static RequestSink sink() {
        return sink;
    }

    /** Statements kept per request. */
    public static int maxStatements() {
        return maxStatements;
    }

    /** Downstream calls kept per request. */
    public static int maxHttpCalls() {
        return maxHttpCalls;
    }

    /** Counts a statement executed while no unit of work was active. */
    public static void statementOutsideRequest() {
        STATEMENTS_OUTSIDE.increment();
    }

    /** Counts a downstream call made while no request was active. */
    public static void httpCallOutsideRequest() {
        HTTP_CALLS_OUTSIDE.increment();
    }

    /** Statements executed outside any unit of work so far. */
    public static long statementsOutsideRequests() {
        return STATEMENTS_OUTSIDE.sum();
    }

    /** Downstream calls made outside any request so far. */
    public static long httpCallsOutsideRequests() {
        return HTTP_CALLS_OUTSIDE.sum();
    }
}
