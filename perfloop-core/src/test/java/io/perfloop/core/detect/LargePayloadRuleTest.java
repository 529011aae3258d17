package io.perfloop.core.detect;

import io.perfloop.core.finding.Finding;
import io.perfloop.core.finding.RuleConfig;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.perfloop.core.detect.Traffic.endpoint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LargePayloadRuleTest {
    private final LargePayloadRule rule = new LargePayloadRule();

    private List<Finding> check(Traffic traffic) {
        return rule.check(traffic.build(), RuleConfig.defaults());
    }

    @Test
    void positive_fullProductsWithLongDescriptions() {
        List<Finding> findings = check(endpoint("GET /api/products")
                .requests(10, r -> r.wall(100).cpu(60).bytes(1024 * 1024).query("select * from products", 0, 500, 0, 20)));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.evidence()).containsEntry("response size (median)", "1024 KiB");
            assertThat(f.fix()).contains("?fields=", "paginate", "stream");
            // 80 % of the time is outside the database; a 64 KiB page keeps 1/16 of it
            assertThat(f.predictedGain()).isCloseTo(0.8 * 15 / 16, within(1e-9));
        });
    }

    @Test
    void positive_builtInMemoryThenSent() {
        // the shop's unfixed product list: first byte after 95 % of the request
        List<Finding> findings = check(endpoint("GET /api/products")
                .requests(10, r -> r.wall(100).cpu(60).bytes(600 * 1024).firstByte(95).query("select * from products", 0, 500, 0, 20)));
        assertThat(findings).singleElement().satisfies(f ->
                assertThat(f.evidence()).containsEntry("first byte sent after (median)", "95% of the request's time: built in memory, then sent"));
    }

    @Test
    void negative_anExportStreamedWhileTheRequestWorks() {
        // the shop's streamed report: rows written as the cursor returns them, first byte at ~60 %
        assertThat(check(endpoint("GET /api/reports/orders")
                .requests(5, r -> r.wall(180).cpu(20).bytes(967 * 1024).firstByte(110).query("select * from orders", 0, 5000, 5, 170)))).isEmpty();
    }

    @Test
    void negative_smallResponses() {
        assertThat(check(endpoint("GET /api/products?fields=id,name").requests(10, r -> r.bytes(20_000)))).isEmpty();
    }
}
