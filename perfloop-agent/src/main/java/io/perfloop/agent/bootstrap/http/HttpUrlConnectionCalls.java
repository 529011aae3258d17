package io.perfloop.agent.bootstrap.http;

import io.perfloop.agent.bootstrap.Probe;
import io.perfloop.agent.bootstrap.Probes;
import io.perfloop.agent.bootstrap.WeakIdentityMap;
import io.perfloop.core.work.CallDepth;

import java.net.HttpURLConnection;

/**
 * {@code HttpURLConnection} spreads one call over several methods: the call starts at the first
 * of {@code connect}, {@code getOutputStream} or {@code getInputStream} and ends when the first
 * outermost {@code getInputStream} returns or throws ({@code getResponseCode} and the header
 * getters go through it). State is attached to the connection object, weakly.
 */
public final class HttpUrlConnectionCalls {
    private static final Probe PROBE = Probes.HTTP_URL_CONNECTION;
    private static final CallDepth DEPTH = new CallDepth();
    private static final Object NOT_RECORDED = new Object();
    private static final Object NESTED = new Object();
    private static final WeakIdentityMap<HttpURLConnection, Object> CALLS = new WeakIdentityMap<>();

    private HttpUrlConnectionCalls() {
    }

    /** {@code connect} or {@code getOutputStream} is called: the call starts here unless it already has. */
    public static void touched(HttpURLConnection connection) {
        try {
            if (PROBE.on() && CALLS.get(connection) == null) {
                HttpCalls.Timer timer = HttpCalls.begin(PROBE, connection.getRequestMethod(),
                        String.valueOf(connection.getURL()), requestBytes(connection), false);
                CALLS.put(connection, timer == null ? NOT_RECORDED : timer);
            }
        } catch (Throwable e) {
            PROBE.fail(e);
        }
    }

    /** {@code getInputStream} starts; returns a token for {@link #inputReturned}. */
    public static Object inputRequested(HttpURLConnection connection) {
        if (DEPTH.enter() > 0) {
            return NESTED;
        }
        touched(connection);
        return connection;
    }

    /**
     * {@code getInputStream} returned or threw.
     *
     * @param responseCode the connection's {@code responseCode} field (-1 before a response arrived)
     */
    public static void inputReturned(Object token, HttpURLConnection connection, int responseCode, Throwable error) {
        if (token == null) {
            return;
        }
        try {
            if (token == connection && CALLS.get(connection) instanceof HttpCalls.Timer timer) {
                CALLS.put(connection, NOT_RECORDED);
                long bytes = responseCode > 0 ? connection.getContentLengthLong() : -1; // headers already read
                timer.finish(responseCode, bytes, error);
            }
        } catch (Throwable e) {
            PROBE.fail(e);
        } finally {
            DEPTH.exit();
        }
    }

    private static long requestBytes(HttpURLConnection connection) {
        try {
            String length = connection.getRequestProperty("Content-Length");
            return length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException | IllegalStateException alreadyConnected) {
            return -1; // request properties cannot be read once connected
        }
    }
}
