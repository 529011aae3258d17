package io.perfloop.load.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class EndpointGrouperTest {
    @ParameterizedTest
    @CsvSource({
            "/orders/17, /orders/{id}",
            "/orders/17/items/3, /orders/{id}/items/{id}",
            "/users/3f2504e0-4f89-11d3-9a0c-0305e82c3301, /users/{id}",
            "/blobs/5f1d7a0e9c3b4a0012ab34cd, /blobs/{id}",
            "/v2/api, /v2/api",
            "/products/shoes, /products/shoes",
            "/deadbeef, /deadbeef",
            "/, /",
            "'', /"})
    void idSegmentsBecomeTemplates(String path, String template) {
        assertThat(EndpointGrouper.standard().template(path)).isEqualTo(template);
    }

    @Test
    void userRulesComeFirst() {
        EndpointGrouper g = new EndpointGrouper(List.of(EndpointGrouper.Rule.parse("/products/{slug}=/products/[a-z-]+"),
                EndpointGrouper.Rule.parse("/static/.*")));
        assertThat(g.endpoint("GET", "/products/red-shoes")).isEqualTo("GET /products/{slug}");
        assertThat(g.endpoint("GET", "/static/app.js")).isEqualTo("GET /static/.*");
        assertThat(g.endpoint("GET", "/orders/9")).isEqualTo("GET /orders/{id}");
        assertThatThrownBy(() -> EndpointGrouper.Rule.parse("x=(")).hasMessageContaining("not a regular expression");
    }

    @Test
    void endpointsBeyondTheCapShareOneRow() {
        RunRecorder r = new RunRecorder(2);
        assertThat(r.endpoint("GET", "GET /a").name()).isEqualTo("GET /a");
        assertThat(r.endpoint("GET", "GET /b").name()).isEqualTo("GET /b");
        assertThat(r.endpoint("GET", "GET /c").name()).isEqualTo("GET (other)");
        assertThat(r.endpoint("GET", "GET /a").name()).isEqualTo("GET /a");
    }
}
