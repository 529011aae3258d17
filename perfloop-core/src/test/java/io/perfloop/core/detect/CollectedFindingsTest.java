package io.perfloop.core.detect;

import io.perfloop.core.event.RequestEvent;
import io.perfloop.core.finding.Finding;
import io.perfloop.core.finding.RuleConfig;
import io.perfloop.core.finding.RuleRegistry;
import io.perfloop.core.finding.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.perfloop.core.detect.Traffic.endpoint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Findings saved by collectors survive the run directory and rank beside the engine's own. */
class CollectedFindingsTest {
    @TempDir
    Path dir;

    private static Finding plan(String scope, double gain) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("rows read", 200_000);
        evidence.put("node", "Seq Scan on orders");
        return new Finding("missing-index", "Sequential scan of orders", Severity.ERROR, scope, "OrderRepository.byUser(OrderRepository.java:12)",
                evidence, "select * from orders where user_id = ?", "CREATE INDEX CONCURRENTLY ON orders (user_id);", gain);
    }

    @Test
    void roundTripsEveryField() throws IOException {
        Finding f = plan("GET /users/{id}/orders", 0.8);
        CollectedFindings.write(dir, "db", List.of(f));
        assertThat(CollectedFindings.readAll(dir)).containsExactly(f);
        assertThat(dir.resolve("findings-db.json")).exists();
        assertThat(dir.resolve("findings-db.json.partial")).doesNotExist();
    }

    @Test
    void rankedByGainTimesTheEndpointsShare() throws IOException {
        List<RequestEvent> all = new ArrayList<>();
        all.addAll(endpoint("GET /users/{id}/orders").requests(10, r -> r.wall(40).cpu(5)).list());
        all.addAll(endpoint("GET /tree").requests(90, r -> r.wall(5).cpu(4)).list());
        CollectedFindings.write(dir, "db", List.of(plan("GET /users/{id}/orders", 0.8), plan("batch job", 0.5)));
        List<RankedFinding> ranked = new FindingsEngine(RuleRegistry.load(), RuleConfig.defaults())
                .analyse(all, CollectedFindings.readAll(dir));
        RankedFinding onEndpoint = ranked.stream().filter(r -> r.finding().scope().equals("GET /users/{id}/orders")
                && r.finding().ruleId().equals("missing-index")).findFirst().orElseThrow();
        assertThat(onEndpoint.requestShare()).isEqualTo(0.1);
        assertThat(onEndpoint.score()).isEqualTo(0.8 * 0.1);
        assertThat(onEndpoint.requests()).isEqualTo(10);
        RankedFinding elsewhere = ranked.stream().filter(r -> r.finding().scope().equals("batch job")).findFirst().orElseThrow();
        assertThat(elsewhere.requestShare()).isEqualTo(1.0);
        assertThat(ranked.indexOf(elsewhere)).isLessThan(ranked.indexOf(onEndpoint));
    }

    @Test
    void aBrokenFileIsNamedNotSkipped() throws IOException {
        Files.writeString(dir.resolve("findings-profile.json"), "[{\"ruleId\": ");
        assertThatThrownBy(() -> CollectedFindings.readAll(dir)).isInstanceOf(IOException.class)
                .hasMessageContaining("findings-profile.json");
    }

    @Test
    void sourceNamesCannotEscapeTheDirectory() {
        assertThatThrownBy(() -> CollectedFindings.write(dir, "../x", List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
