package io.perfloop.load.http;

import java.time.Duration;
import java.util.Locale;

import io.perfloop.load.http.nio.NioTransport;

/**
 * How the HTTP client is set up.
 *
 * @param client      {@code nio} (default: perfloop's own HTTP/1.1 client), {@code jetty} or {@code jdk}
 * @param connections most requests in flight at once (= connections for HTTP/1.1)
 * @param timeout     per-request timeout
 * @param http2       use HTTP/2 (h2c prior knowledge on http://, ALPN on https://)
 */
public record ClientSettings(String client, int connections, Duration timeout, boolean http2) {
    public ClientSettings {
        client = client == null ? "nio" : client.toLowerCase(Locale.ROOT);
        if (connections < 1) {
            throw new IllegalArgumentException("connections must be at least 1, not " + connections);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
    }

    /** One event loop per two CPUs, so the engine's timer threads and the JIT keep a core (1 on 2 cores). */
    private int eventLoops() {
        return Math.max(1, Math.min(connections, Runtime.getRuntime().availableProcessors() / 2));
    }

    /** Creates and starts the transport, warmed up on a local stub (HTTP/1.1 only). */
    public HttpTransport start() {
        HttpTransport transport = switch (client) {
            case "nio" -> http2 ? JettyTransport.start(this) : new NioTransport(eventLoops(), connections,
                    timeout.toNanos(), () -> JettyTransport.start(this));
            case "jetty" -> JettyTransport.start(this);
            case "jdk" -> new JdkTransport(this);
            default -> throw new IllegalArgumentException("unknown client '" + client + "' (nio, jetty, jdk)");
        };
        if (!http2) {
            TransportWarmup.warm(transport, 200);
        }
        return transport;
    }
}
