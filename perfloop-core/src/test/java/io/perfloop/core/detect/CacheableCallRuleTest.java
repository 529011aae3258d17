package io.perfloop.core.detect;

import io.perfloop.core.finding.Finding;
import io.perfloop.core.finding.RuleConfig;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.perfloop.core.detect.Traffic.endpoint;
import static org.assertj.core.api.Assertions.assertThat;

class CacheableCallRuleTest {
    private static final String TREE = "select id, parent_id, name from categories order by id";
    private final CacheableCallRule rule = new CacheableCallRule();

    private List<Finding> check(Traffic traffic) {
        return rule.check(traffic.build(), RuleConfig.defaults());
    }

    @Test
    void positive_treeRebuiltFromTheDatabaseOnEveryCall() {
        List<Finding> findings = check(endpoint("GET /api/categories/tree").requests(20, r -> r.wall(50).query(TREE, 0, 400, 2, 40)));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("cacheable-call");
            assertThat(f.evidence()).containsEntry("requests repeating them", "20 of 20").containsEntry("tables read", "categories")
                    .doesNotContainKey("written during the run");
            assertThat(f.predictedGain()).isEqualTo(38.0 / 50);
            assertThat(f.sampleSql()).isEqualTo(TREE);
        });
    }

    @Test
    void positive_sourceWrittenDuringTheRunNeedsInvalidation() {
        List<Finding> findings = check(endpoint("GET /api/categories/tree").tableWritten("categories")
                .requests(20, r -> r.wall(50).query(TREE, 0, 400, 2, 40)));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat((String) f.evidence().get("written during the run")).contains("categories", "invalidation on write");
            assertThat(f.fix()).contains("invalidate it explicitly where categories is written");
        });
    }

    @Test
    void negative_differentParametersPerRequest() {
        Traffic traffic = endpoint("GET /api/orders/{id}");
        for (int i = 0; i < 20; i++) {
            long id = i;
            traffic.requests(1, r -> r.wall(50).query("select * from orders where id = ?", id, 1, 2, 40));
        }
        assertThat(check(traffic)).isEmpty();
    }

    @Test
    void negative_resultChangesBetweenRequests() {
        Traffic traffic = endpoint("GET /api/categories/tree");
        for (int i = 0; i < 20; i++) {
            long rows = 400 + i;
            traffic.requests(1, r -> r.wall(50).query(TREE, 0, rows, 2, 40));
        }
        assertThat(check(traffic)).isEmpty();
    }

    @Test
    void negative_aFifthOfAQuickRequestIsNotWorthACache() {
        // the shop's fixed order list: the same page query on every request, 18 % of its time
        assertThat(check(endpoint("GET /api/orders").requests(20, r -> r.wall(25).query(TREE, 0, 50, 2, 7)))).isEmpty();
    }

    @Test
    void negative_cheapComparedWithTheRequest() {
        assertThat(check(endpoint("GET /api/home").requests(20, r -> r.wall(500).query(TREE, 0, 400, 2, 4)))).isEmpty();
    }

    @Test
    void negative_nPlusOneStatementsAreLeftToTheirRule() {
        Traffic traffic = endpoint("GET /api/orders").requests(20, r -> {
            r.wall(100);
            for (int i = 0; i < 10; i++) {
                r.query("select name from users where id = ?", i, 1, 2 + i * 8, 9 + i * 8);
            }
        });
        assertThat(check(traffic)).isEmpty();
    }
}
