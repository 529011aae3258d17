package io.perfloop.core.detect;

import io.perfloop.core.finding.Finding;
import io.perfloop.core.finding.RuleConfig;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.perfloop.core.detect.Traffic.endpoint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SequentialCallsRuleTest {
    private final SequentialCallsRule rule = new SequentialCallsRule();

    private List<Finding> check(Traffic traffic) {
        return rule.check(traffic.build(), RuleConfig.defaults());
    }

    @Test
    void positive_onePricingCallPerLineItemInARow() {
        List<Finding> findings = check(endpoint("GET /api/carts/{id}/quote")
                .requests(10, r -> r.wall(620).call(10, 210).call(210, 410).call(410, 610)));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("sequential-calls");
            assertThat(f.callSite()).isEqualTo("com.acme.QuoteService.quote(QuoteService.java:31)");
            assertThat(f.evidence()).containsEntry("calls per request (median)", 3)
                    .containsEntry("most called", "GET http://127.0.0.1:9000/prices/{id}");
            // 600 ms of calls, 200 ms if overlapped: 400 of 620 ms saved
            assertThat(f.predictedGain()).isCloseTo(400.0 / 620, within(1e-9));
        });
    }

    @Test
    void positive_failedRequestsDoNotOutvoteTheSuccessfulOnes() {
        // a replayed log asking for carts the database does not have: 404s that make no calls
        Traffic traffic = endpoint("GET /api/carts/{id}/quote").requests(4, r -> r.wall(620).call(10, 210).call(210, 410).call(410, 610))
                .requests(6, r -> r.wall(15).status(404));
        List<Finding> findings = check(traffic);
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).evidence().get("requests affected")).isEqualTo("4 of 4 served (6 failed requests not counted)");
    }

    @Test
    void negative_onlyFailedRequests() {
        assertThat(check(endpoint("GET /quote").requests(5, r -> r.wall(620).status(500).call(10, 210).call(210, 410)))).isEmpty();
    }

    @Test
    void negative_callsAlreadyOverlap() {
        assertThat(check(endpoint("GET /quote").requests(10, r -> r.wall(220).call(10, 210).call(12, 212).call(15, 215)))).isEmpty();
    }

    @Test
    void negative_singleCall() {
        assertThat(check(endpoint("GET /quote").requests(10, r -> r.wall(220).call(10, 210)))).isEmpty();
    }

    @Test
    void negative_onlyAFewRequestsAreSequential() {
        Traffic traffic = endpoint("GET /quote").requests(2, r -> r.wall(420).call(10, 210).call(210, 410))
                .requests(8, r -> r.wall(220).call(10, 210));
        assertThat(check(traffic)).isEmpty();
    }
}
