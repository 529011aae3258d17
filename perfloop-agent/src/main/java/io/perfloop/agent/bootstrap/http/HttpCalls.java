package io.perfloop.agent.bootstrap.http;

import io.perfloop.agent.bootstrap.AgentRuntime;
import io.perfloop.agent.bootstrap.Probe;
import io.perfloop.agent.bootstrap.request.ActiveRequest;
import io.perfloop.core.event.CallSite;
import io.perfloop.core.event.CallSiteLocator;
import io.perfloop.core.event.HttpCallEvent;
import io.perfloop.core.work.CallDepth;
import io.perfloop.core.work.Clock;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Downstream HTTP calls, whatever the client: advice reports a call's start and its end, and the
 * call lands in the request current at the start, with the caller's frame as call site. Only the
 * outermost call on a thread counts (a client calling itself, or one client built on another).
 */
public final class HttpCalls {
    private static final CallDepth DEPTH = new CallDepth();
    private static final Object NESTED = new Object();
    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final CallSiteLocator CALL_SITES = new CallSiteLocator(List.of());

    private HttpCalls() {
    }

    /**
     * A call starts. Returns a token for {@link #finish} (or for {@link Timer#finish} when the call
     * ends elsewhere, for async clients); the caller passes it on in every case.
     */
    public static Object start(Probe probe, String method, String url, long requestBytes, boolean async) {
        if (DEPTH.enter() > 0) {
            return NESTED;
        }
        Timer timer = begin(probe, method, url, requestBytes, async);
        return timer == null ? NESTED : timer;
    }

    /**
     * Starts timing a call without the nesting guard (for clients whose call spans several methods,
     * like {@code HttpURLConnection}); {@code null} when nothing is to be recorded. Never throws.
     */
    public static Timer begin(Probe probe, String method, String url, long requestBytes, boolean async) {
        try {
            if (!probe.on() || !AgentRuntime.capturing()) {
                return null;
            }
            ActiveRequest request = ActiveRequest.current();
            if (request == null) {
                AgentRuntime.httpCallOutsideRequest();
                return null;
            }
            return new Timer(probe, request, method, UrlTemplate.of(url), requestBytes, async,
                    CALL_SITES.locate().callSite());
        } catch (Throwable e) {
            probe.fail(e);
            return null;
        }
    }

    /** Leaves the call on this thread; returns the timer when this call is to be recorded, else {@code null}. */
    public static Timer leave(Object token) {
        if (token == null) {
            return null;
        }
        DEPTH.exit();
        return token instanceof Timer timer ? timer : null;
    }

    /** A synchronous call ended: {@link #leave} then {@link Timer#finish}. */
    public static void finish(Object token, int status, long responseBytes, Throwable error) {
        Timer timer = leave(token);
        if (timer != null) {
            timer.finish(status, responseBytes, error);
        }
    }

    /** One call in flight. */
    public static final class Timer {
        private final Probe probe;
        private final ActiveRequest request;
        private final String method;
        private final UrlTemplate url;
        private final long requestBytes;
        private final boolean async;
        private final CallSite callSite;
        private final String thread = Thread.currentThread().getName();
        private final long startEpochNanos = Clock.epochNanos();
        private final long startNanoTime = System.nanoTime();

        Timer(Probe probe, ActiveRequest request, String method, UrlTemplate url, long requestBytes, boolean async,
              CallSite callSite) {
            this.probe = probe;
            this.request = request;
            this.method = method;
            this.url = url;
            this.requestBytes = requestBytes;
            this.async = async;
            this.callSite = callSite;
        }

        /** The probe that timed the call. */
        public Probe probe() {
            return probe;
        }

        /** Records the call's end into its request (from any thread). Never throws. */
        public void finish(int status, long responseBytes, Throwable error) {
            try {
                long duration = System.nanoTime() - startNanoTime;
                request.addHttpCall(new HttpCallEvent(SEQUENCE.incrementAndGet(), probe.name(), method, url.template(),
                        url.host(), error != null && status <= 0 ? -1 : status, startEpochNanos, duration, requestBytes,
                        responseBytes, async, callSite, thread, error == null ? null : describe(error)));
            } catch (Throwable e) {
                probe.fail(e);
            }
        }

        private static String describe(Throwable error) {
            String message = error.getMessage();
            String text = error.getClass().getName() + (message == null ? "" : ": " + message);
            return text.length() > 300 ? text.substring(0, 300) + "…" : text;
        }
    }
}
