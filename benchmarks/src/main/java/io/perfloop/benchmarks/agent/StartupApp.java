package io.perfloop.benchmarks.agent;

import com.sun.net.httpserver.HttpServer;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A minimal service start for {@link AgentStartupBenchmark}: loads the PostgreSQL driver, starts
 * the JDK HTTP server, serves one request through the JDK HTTP client (so server, client and
 * executor instrumentation all run once), exits.
 */
public final class StartupApp {
    private StartupApp() {
    }

    public static void main(String[] args) throws Exception {
        Class.forName("org.postgresql.Driver");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = "ok".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        server.stop(0);
        if (!"ok".equals(response.body())) {
            throw new IllegalStateException("unexpected response " + response.body());
        }
    }
}
