package io.perfloop.agent.bootstrap.request;

import io.perfloop.agent.bootstrap.AgentRuntime;
import io.perfloop.agent.bootstrap.Probe;
import io.perfloop.core.event.RequestEvent;
import io.perfloop.core.work.CallDepth;

/**
 * Server entry points (servlet filter chains, the JDK {@code HttpServer}'s filter chain) report
 * here. Only the outermost entry on a thread opens a request: a filter chain that reaches a
 * servlet, or a forward, is one request. Advice calls {@link #enter} and, in every case, passes
 * what it returned to {@link #exit}.
 */
public final class ServerRequests {
    private static final CallDepth DEPTH = new CallDepth();
    private static final Object NESTED = new Object();

    private ServerRequests() {
    }

    /**
     * A server entry starts. Returns a token for {@link #exit}: the opened request, or a marker
     * when this entry is nested or the probe is off.
     */
    public static Object enter(Probe probe, String method, String path) {
        if (DEPTH.enter() > 0) {
            return NESTED;
        }
        try {
            if (!probe.on() || !AgentRuntime.capturing()) {
                return NESTED;
            }
            return new Opened(probe, ActiveRequest.open(probe.name(), method, stripQuery(path)));
        } catch (Throwable e) {
            probe.fail(e);
            return NESTED;
        }
    }

    /**
     * The server entry returned or threw. Ends and hands on the request it opened, if it opened one.
     *
     * @param token               what {@link #enter} returned ({@code null}: enter never ran)
     * @param bestMatchingPattern Spring MVC's best-matching pattern, or {@code null}
     * @param status              response status at exit (-1 if none was sent)
     * @param responseBytes       response size as the server knows it, -1 to use bytes counted while writing
     * @param error               what escaped the handler, or {@code null}
     */
    public static void exit(Object token, String bestMatchingPattern, int status, long responseBytes, Throwable error) {
        if (token == null) {
            return;
        }
        DEPTH.exit();
        if (!(token instanceof Opened opened)) {
            return;
        }
        ActiveRequest request = opened.request;
        try {
            RequestEvent event = request.finish(bestMatchingPattern, status, responseBytes, error);
            request.close();
            AgentRuntime.sink().accept(event);
        } catch (Throwable e) {
            opened.probe.fail(e);
        } finally {
            request.close();
        }
    }

    /** Counts response body bytes written on this thread (servers that stream without a length). */
    public static void responseBytesWritten(Probe probe, long bytes) {
        try {
            if (bytes > 0 && probe.on()) {
                ActiveRequest request = ActiveRequest.current();
                if (request != null) {
                    request.responseWriting();
                    request.addResponseBytes(bytes);
                }
            }
        } catch (Throwable e) {
            probe.fail(e);
        }
    }

    /**
     * The request on this thread writes its response body (servers that know the size themselves):
     * only the time of the first write is kept, which tells a streamed response from one built in memory.
     */
    public static void responseWriting(Probe probe) {
        try {
            if (probe.on()) {
                ActiveRequest request = ActiveRequest.current();
                if (request != null) {
                    request.responseWriting();
                }
            }
        } catch (Throwable e) {
            probe.fail(e);
        }
    }

    private static String stripQuery(String path) {
        if (path == null) {
            return "/";
        }
        int q = path.indexOf('?');
        return q < 0 ? path : path.substring(0, q);
    }

    private record Opened(Probe probe, ActiveRequest request) {
    }
}
