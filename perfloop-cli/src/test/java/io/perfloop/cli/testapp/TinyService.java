package io.perfloop.cli.testapp;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small real service for {@code perfloop record --profile} tests (JDK HTTP server, which the
 * agent captures), with one endpoint per kind of profile: {@code GET /api/hash/{id}} burns CPU in
 * {@link #hash} (the hot line is marked), {@code GET /api/report} builds a 2 MB text in memory,
 * {@code GET /api/wait} only sleeps. Started with {@code fixed}, the hash and the report are cheap.
 * {@code java -cp test-classes io.perfloop.cli.testapp.TinyService PORT [fixed]}
 */
public final class TinyService {
    private static volatile long sink;

    private TinyService() {
    }

    public static void main(String[] args) throws IOException {
        boolean fixed = args.length > 1 && args[1].equals("fixed");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 64);
        AtomicInteger workers = new AtomicInteger();
        server.setExecutor(Executors.newFixedThreadPool(4, r -> new Thread(r, "tiny-worker-" + workers.incrementAndGet())));
        server.createContext("/api/hash/", ex -> reply(ex, Long.toString(hash(fixed ? 1_000 : 5_000_000))));
        server.createContext("/api/report", ex -> reply(ex, Integer.toString(report(fixed ? 200 : 40_000).length())));
        server.createContext("/api/wait", ex -> {
            sleep(30);
            reply(ex, "waited");
        });
        server.createContext("/ready", ex -> reply(ex, "ready"));
        server.start();
    }

    static long hash(int rounds) {
        long h = 17;
        for (int i = 0; i < rounds; i++) { h = Long.rotateLeft(h * 0x9E3779B97F4A7C15L + i, 31) ^ (h >>> 7); } // HOT LINE
        sink = h;
        return h;
    }

    static String report(int rows) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < rows; i++) {
            text.append("order ").append(i).append(", total ").append(i * 37 % 1000).append(" EUR, status shipped\n"); // REPORT LINE
        }
        return text.toString();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void reply(HttpExchange ex, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(200, bytes.length);
        try (var out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
