package io.perfloop.samples.shop.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.perfloop.samples.shop.config.Fixes;
import io.perfloop.samples.shop.pricing.PricingServer;
import org.springframework.context.ConfigurableApplicationContext;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One started shop in the test JVM: its HTTP base URL, its beans, and the measuring helpers that
 * were put into it (statement counter, request-cost filter). Requests go over real HTTP.
 */
public final class RunningShop {

    /**
     * A response and what the shop did for it.
     *
     * @param status     HTTP status
     * @param body       the body
     * @param statements SQL statements executed while serving it
     * @param cost       CPU and allocation of the request thread
     */
    public record Response(int status, byte[] body, StatementCounter.Counted statements, RequestCost.Cost cost) {

        /** The body as UTF-8 text. */
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** The body as a JSON tree. */
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String name;
    private final ConfigurableApplicationContext context;
    private final StatementCounter counter;
    private final RequestCost cost;
    private final URI base;

    RunningShop(String name, ConfigurableApplicationContext context, StatementCounter counter, RequestCost cost) {
        this.name = name;
        this.context = context;
        this.counter = counter;
        this.cost = cost;
        this.base = URI.create("http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port"));
    }

    /** {@code GET path}, expecting 200. */
    public Response get(String path) {
        return expect200(send(HttpRequest.newBuilder(base.resolve(path)).GET(), path));
    }

    /** Any request; the status is not checked. */
    public Response send(HttpRequest.Builder request, String what) {
        cost.reset();
        HttpResponse<byte[]>[] response = new HttpResponse[1];
        StatementCounter.Counted counted = counter.during(() -> {
            try {
                response[0] = HTTP.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                throw new UncheckedIOException(name + ": " + what, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
        return new Response(response[0].statusCode(), response[0].body(), counted, cost.awaitLast());
    }

    /** {@code method path} with a JSON body. */
    public Response send(String method, String path, String jsonBody) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody)), method + " " + path);
    }

    private Response expect200(Response response) {
        if (response.status() != 200) {
            throw new AssertionError(name + ": expected 200, got " + response.status() + ": " + response.text());
        }
        return response;
    }

    /** A bean of the shop. */
    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** The switches this shop runs with. */
    public Fixes fixes() {
        return bean(Fixes.class);
    }

    /** The shop's bundled pricing service. */
    public PricingServer pricing() {
        return bean(PricingServer.class);
    }

    /** The shop's data source (counted; use for set-up queries outside measured requests). */
    public DataSource dataSource() {
        return bean(DataSource.class);
    }

    /** The statement counter inside the shop. */
    public StatementCounter counter() {
        return counter;
    }

    /** Stops the shop. */
    public void close() {
        context.close();
    }

    @Override
    public String toString() {
        return name + " (fixes: " + fixes() + ")";
    }
}
