package io.perfloop.samples.shop.pricing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The downstream pricing service: a separate HTTP server (JDK {@code HttpServer} on 127.0.0.1)
 * that answers {@code GET /price?product=…&quantity=…&list=…} after a fixed latency, like a slow
 * dependency in another team's data centre. It runs in the shop's JVM for convenience but is
 * reached only over real HTTP. It keeps a log of its calls (start and end times), so tests can
 * see how many calls a request made and whether they overlapped.
 */
public final class PricingServer implements AutoCloseable {

    /**
     * One served call.
     *
     * @param product  product id asked for
     * @param startNanos {@link System#nanoTime()} when the request arrived
     * @param endNanos   when the answer was ready to send
     */
    public record Call(long product, long startNanos, long endNanos) {
    }

    private final HttpServer server;
    private final ExecutorService workers;
    private final Duration latency;
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    private PricingServer(HttpServer server, ExecutorService workers, Duration latency) {
        this.server = server;
        this.workers = workers;
        this.latency = latency;
    }

    /** Starts the service on 127.0.0.1:{@code port} (0 = a free port). */
    public static PricingServer start(int port, Duration latency) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
        // plenty of workers: the service itself must never be what serialises the shop's calls
        ExecutorService workers = Executors.newFixedThreadPool(64, runnable -> {
            Thread thread = new Thread(runnable, "pricing-server");
            thread.setDaemon(true);
            return thread;
        });
        PricingServer pricing = new PricingServer(server, workers, latency);
        server.createContext("/price", pricing::handle);
        server.setExecutor(workers);
        server.start();
        return pricing;
    }

    /** Base URL, e.g. {@code http://127.0.0.1:41234}. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The calls served since start or the last {@link #clearCalls()}, in completion order. */
    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** Forgets the logged calls. */
    public void clearCalls() {
        calls.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        long start = System.nanoTime();
        try (exchange) {
            Map<String, String> query = query(exchange.getRequestURI());
            long product;
            int quantity;
            long list;
            try {
                product = Long.parseLong(query.get("product"));
                quantity = Integer.parseInt(query.get("quantity"));
                list = Long.parseLong(query.get("list"));
            } catch (NumberFormatException e) {
                respond(exchange, 400, "{\"error\":\"product, quantity and list must be integers\"}");
                return;
            }
            sleep(latency);
            PriceQuote quote = PriceQuote.of(product, quantity, list);
            // logged before answering: once the client has the answer, the call is over for it too
            calls.add(new Call(product, start, System.nanoTime()));
            respond(exchange, 200, "{\"product\":" + quote.product() + ",\"quantity\":" + quote.quantity()
                    + ",\"unitPriceCents\":" + quote.unitPriceCents() + ",\"discountPercent\":" + quote.discountPercent() + "}");
        }
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new HashMap<>();
        String raw = uri.getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    values.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
        }
        return values;
    }

    private static void sleep(Duration latency) {
        try {
            Thread.sleep(latency.toMillis(), latency.toNanosPart() % 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
