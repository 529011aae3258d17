package io.perfloop.load.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HarAndTargetSourceTest {
    @TempDir
    Path dir;

    static List<RequestSpec> all(RequestSource source, SourceProblems problems) throws Exception {
        List<RequestSpec> out = new ArrayList<>();
        try (SourceIterator it = source.open(problems)) {
            it.forEachRemaining(out::add);
        }
        return out;
    }

    @Test
    void harEntriesWithHeadersBodiesAndTimes() throws Exception {
        Path har = dir.resolve("session.har");
        Files.writeString(har, """
                {"log": {"version": "1.2", "creator": {"name": "x"}, "pages": [{"id": "p"}], "entries": [
                  {"startedDateTime": "2025-03-04T10:00:00.000Z", "request": {"method": "GET",
                    "url": "https://shop.example/orders/1?x=1", "headers": [{"name": "Accept", "value": "application/json"},
                    {"name": "Cookie", "value": "session=secret"}, {"name": ":authority", "value": "shop.example"}]}},
                  {"startedDateTime": "2025-03-04T10:00:00.250Z", "request": {"method": "post",
                    "url": "https://shop.example/orders", "headers": [],
                    "postData": {"mimeType": "application/json", "text": "{\\"qty\\":2}"}}},
                  {"startedDateTime": "2025-03-04T10:00:00.300Z", "request": {"method": "GET"}}
                ]}}
                """);
        SourceProblems problems = SourceProblems.counting();
        List<RequestSpec> r = all(Sources.open(har, null, null, HeaderPolicy.standard()), problems);

        assertThat(r).hasSize(2);
        assertThat(r.get(0).headers()).containsExactly(new RequestSpec.Header("Accept", "application/json"));
        assertThat(r.get(0).path()).isEqualTo("/orders/1");
        assertThat(r.get(1).method()).isEqualTo("POST");
        assertThat(new String(r.get(1).body())).isEqualTo("{\"qty\":2}");
        assertThat(r.get(1).timestampMillis() - r.get(0).timestampMillis()).isEqualTo(250);
        assertThat(problems.count()).isEqualTo(1);
    }

    @Test
    void notAHarFileIsAClearError() throws Exception {
        Path har = dir.resolve("x.har");
        Files.writeString(har, "{\"foo\": 1}");
        assertThatThrownBy(() -> Sources.open(har, null, null, HeaderPolicy.standard()).open(SourceProblems.counting()))
                .hasMessageContaining("not a HAR file").hasMessageContaining("no \"log\" object");
    }

    @Test
    void vegetaTargetsWithHeadersBodiesAndComments() throws Exception {
        Files.writeString(dir.resolve("body.json"), "{\"a\":1}");
        Path targets = dir.resolve("load.targets");
        Files.writeString(targets, """
                # smoke
                GET http://127.0.0.1:1/health
                X-Trace: 1

                POST /orders
                Content-Type: application/json
                @body.json
                GET /orders/7
                PUT
                DELETE /orders/7
                @missing.json
                """);
        SourceProblems problems = SourceProblems.counting();
        List<RequestSpec> r = all(Sources.open(targets, null, null, HeaderPolicy.standard()), problems);

        assertThat(r).extracting(RequestSpec::method).containsExactly("GET", "POST", "GET");
        assertThat(r.get(0).headers()).containsExactly(new RequestSpec.Header("X-Trace", "1"));
        assertThat(new String(r.get(1).body())).isEqualTo("{\"a\":1}");
        assertThat(r.get(2).target()).isEqualTo("/orders/7");
        assertThat(r).allMatch(x -> !x.hasTimestamp());
        assertThat(problems.count()).isEqualTo(2); // "PUT" without URL, missing body file
    }
}
