package io.perfloop.scenario;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.io.entity.EntityUtils;

import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;

/** Downstream calls with each instrumented client: three one after another, then two at once. */
final class Downstream {
    static final int SLEEP_MS = 40;

    private final URI base;
    private final HttpClient jdk = HttpClient.newHttpClient();

    Downstream(URI base) {
        this.base = base;
    }

    String callAll() throws Exception {
        StringBuilder out = new StringBuilder();
        out.append(jdk.send(get("/items/1?sleep=" + SLEEP_MS), HttpResponse.BodyHandlers.ofString()).body()).append('\n');

        HttpURLConnection connection = (HttpURLConnection) base.resolve("/items/2?sleep=" + SLEEP_MS).toURL().openConnection();
        try (InputStream in = connection.getInputStream()) {
            out.append(connection.getResponseCode()).append(' ').append(new String(in.readAllBytes())).append('\n');
        }

        try (CloseableHttpClient apache = HttpClients.createDefault()) {
            String body = apache.execute(new HttpGet(base.resolve("/items/3?sleep=" + SLEEP_MS)),
                    response -> EntityUtils.toString(response.getEntity()));
            out.append(body).append('\n');
        }

        CompletableFuture<HttpResponse<String>> a = jdk.sendAsync(get("/items/4?sleep=" + 2 * SLEEP_MS),
                HttpResponse.BodyHandlers.ofString());
        CompletableFuture<HttpResponse<String>> b = jdk.sendAsync(get("/items/5?sleep=" + 2 * SLEEP_MS),
                HttpResponse.BodyHandlers.ofString());
        out.append(a.join().body()).append('\n').append(b.join().body()).append('\n');

        HttpResponse<String> missing = jdk.send(get("/items/missing"), HttpResponse.BodyHandlers.ofString());
        out.append(missing.statusCode());
        return out.toString();
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).GET().build();
    }
}
