package io.perfloop.core.detect;

import io.perfloop.core.finding.Finding;
import io.perfloop.core.finding.RuleConfig;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.perfloop.core.detect.Traffic.endpoint;
import static org.assertj.core.api.Assertions.assertThat;

class WaitingNotComputingRuleTest {
    private final WaitingNotComputingRule rule = new WaitingNotComputingRule();

    private List<Finding> check(Traffic traffic) {
        return rule.check(traffic.build(), RuleConfig.defaults());
    }

    @Test
    void positive_endpointWaitsOnTheDatabase() {
        List<Finding> findings = check(endpoint("GET /api/users/{id}/orders")
                .requests(10, r -> r.wall(100).cpu(5).query("select * from orders where user_id = ?", 1, 3, 2, 92)));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.title()).isEqualTo("GET /api/users/{id}/orders spends 95% of its time waiting, mostly on the database");
            assertThat(f.evidence()).containsEntry("waiting on the database", "90%").containsEntry("computing (CPU)", "5%");
            assertThat(f.predictedGain()).isNaN();
        });
    }

    @Test
    void positive_overlappingCallsCountOnce() {
        List<Finding> findings = check(endpoint("GET /quote").requests(10, r -> r.wall(210).cpu(5).call(0, 200).call(0, 200)));
        assertThat(findings).singleElement().satisfies(f ->
                assertThat(f.evidence()).containsEntry("waiting on downstream HTTP calls", "95%"));
    }

    @Test
    void positive_namesTheWaitOfTheServedRequestsNotOfQuick404s() {
        List<Finding> findings = check(endpoint("GET /api/carts/{id}/quote")
                .requests(4, r -> r.wall(620).cpu(5).query("select * from cart_items where cart_id = ?", 1, 3, 1, 9).call(10, 610))
                .requests(6, r -> r.wall(15).cpu(1).status(404).query("select * from cart_items where cart_id = ?", 2, 0, 1, 14)));
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.title()).endsWith("mostly on downstream HTTP calls"));
    }

    @Test
    void negative_cpuBound() {
        assertThat(check(endpoint("GET /api/orders/{id}/invoice").requests(10, r -> r.wall(100).cpu(90)))).isEmpty();
    }
}
