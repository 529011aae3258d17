package io.perfloop.load.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on loopback for tests, with behaviour chosen per request: delay, status, stall.
 * Records when each request arrived and how many were in flight at most.
 */
public final class TestServer implements AutoCloseable {
    /** What the server does with request number {@code n} (1-based) to {@code path}. */
    @FunctionalInterface
    public interface Behavior {
        /** @return the response; sleeping inside is how a test injects latency */
        Response handle(int n, String method, String path) throws InterruptedException;
    }

    /** @param status status code @param body response body */
    public record Response(int status, String body) {
        public static Response ok() {
            return new Response(200, "ok");
        }
    }

    /** @param nanos arrival time (System.nanoTime) @param method method @param uri request URI */
    public record Arrival(long nanos, String method, String uri) {
    }

    static {
        // without it the JDK server's header and body writes meet Nagle + delayed ACK: 40 ms per keep-alive request
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final List<Arrival> arrivals = new CopyOnWriteArrayList<>();
    private final AtomicInteger count = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();

    private TestServer(Behavior behavior, int threads) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
        executor = Executors.newFixedThreadPool(threads);
        server.setExecutor(executor);
        server.createContext("/", exchange -> handle(exchange, behavior));
        server.start();
        warm();
    }

    /** The server's own first requests are slow (class loading): take them before the test measures. */
    private void warm() throws IOException {
        for (int i = 0; i < 20; i++) {
            java.net.HttpURLConnection c = (java.net.HttpURLConnection) java.net.URI.create(url() + WARMUP).toURL()
                    .openConnection();
            c.getInputStream().readAllBytes();
            c.disconnect();
        }
    }

    /** A server with {@code threads} worker threads (1 makes a stall block everything, like a GC pause). */
    public static TestServer start(int threads, Behavior behavior) throws IOException {
        return new TestServer(behavior, threads);
    }

    /** Answers 200 "ok" at once. */
    public static TestServer ok() throws IOException {
        return start(4, (n, m, p) -> Response.ok());
    }

    private static final String WARMUP = "/__warmup";

    private void handle(HttpExchange exchange, Behavior behavior) throws IOException {
        if (exchange.getRequestURI().getPath().equals(WARMUP)) {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                exchange.sendResponseHeaders(200, 2);
                exchange.getResponseBody().write("ok".getBytes(StandardCharsets.UTF_8));
            }
            return;
        }
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        arrivals.add(new Arrival(System.nanoTime(), exchange.getRequestMethod(), exchange.getRequestURI().toString()));
        boolean counted = true;
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            Response r = behavior.handle(count.incrementAndGet(), exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath());
            // out of flight before the response leaves: the client may send its next request at once
            inFlight.decrementAndGet();
            counted = false;
            byte[] body = r.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(r.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (counted) {
                inFlight.decrementAndGet();
            }
        }
    }

    /** {@code http://127.0.0.1:PORT}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Arrival> arrivals() {
        return List.copyOf(arrivals);
    }

    public int requests() {
        return count.get();
    }

    public int maxInFlight() {
        return maxInFlight.get();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
