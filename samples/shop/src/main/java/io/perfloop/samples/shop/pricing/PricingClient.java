package io.perfloop.samples.shop.pricing;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Calls the pricing service over HTTP (JDK HttpClient), one blocking call per cart line. */
public final class PricingClient {

    private final HttpClient http;
    private final URI base;
    private final ObjectMapper json;

    public PricingClient(URI base, ObjectMapper json) {
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        this.base = base;
        this.json = json;
    }

    /** The service's price for {@code quantity} units of {@code product} listed at {@code listPriceCents}. */
    public PriceQuote price(long product, int quantity, long listPriceCents) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/price?product=" + product + "&quantity=" + quantity
                + "&list=" + listPriceCents)).timeout(Duration.ofSeconds(10)).GET().build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("pricing service answered " + response.statusCode() + " for " + request.uri());
            }
            return json.readValue(response.body(), PriceQuote.class);
        } catch (IOException e) {
            throw new UncheckedIOException("pricing service unreachable at " + base + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the pricing service", e);
        }
    }

    /** Where the service is. */
    public URI base() {
        return base;
    }
}
