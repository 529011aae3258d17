package io.perfloop.agent.bootstrap.request;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PathTemplateTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "/orders/42|/orders/{id}",
            "/orders/42/items/7|/orders/{id}/items/{id}",
            "/users/3fa85f64-5717-4562-b3fc-2c963f66afa6|/users/{id}",
            "/blobs/9f1c2e3d4b5a69788796a5b4c3d2e1f0|/blobs/{id}",
            "/blobs/deadbeefdeadbeef|/blobs/deadbeefdeadbeef",
            "/v2/orders|/v2/orders",
            "/orders/42?debug=true|/orders/{id}",
            "/orders/42;jsessionid=abc|/orders/{id}",
            "/orders/|/orders/",
            "orders/1|/orders/{id}",
            "''|/",
            "NULL|/",
            "/|/"})
    void idLikeSegmentsBecomeIds(String path, String template) {
        assertThat(PathTemplate.of(path)).isEqualTo(template);
    }

    @ParameterizedTest
    @CsvSource({"1000", "100000"})
    void hostileLongPathsAreCut(int segments) {
        String path = "/a".repeat(segments);
        assertThat(PathTemplate.of(path)).hasSizeLessThanOrEqualTo(PathTemplate.MAX_LENGTH + 1).endsWith("…");
    }
}
