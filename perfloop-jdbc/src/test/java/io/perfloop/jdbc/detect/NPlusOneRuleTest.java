package io.perfloop.jdbc.detect;

import io.perfloop.core.event.Framework;
import io.perfloop.core.finding.Finding;
import io.perfloop.core.finding.RuleConfig;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static io.perfloop.jdbc.detect.UnitBuilder.ORDER_LIST;
import static io.perfloop.jdbc.detect.UnitBuilder.ORDER_VIEW;
import static io.perfloop.jdbc.detect.UnitBuilder.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class NPlusOneRuleTest {
    private static final String BY_ID = "select name from users where id = ?";
    private final NPlusOneRule rule = new NPlusOneRule();

    private List<Finding> check(UnitBuilder unit) {
        return rule.check(unit.build(), RuleConfig.defaults());
    }

    @Test
    void positive_lookupPerRowFromOneCallSite() {
        List<Finding> findings = check(unit("GET /orders").lasting(100).runTimed(BY_ID, ORDER_LIST, Set.of(), 5, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("n-plus-one");
            assertThat(f.scope()).isEqualTo("GET /orders");
            assertThat(f.callSite()).isEqualTo("com.acme.OrderService.list(OrderService.java:42)");
            assertThat(f.evidence()).containsEntry("executions", 10).containsEntry("distinct parameter sets", 10);
            assertThat(f.sampleSql()).isEqualTo(BY_ID);
            // 10 × 5 ms in a 100 ms unit; one of them stays: 45 ms saved
            assertThat(f.predictedGain()).isCloseTo(0.45, within(1e-9));
            assertThat(f.fix()).contains("IN (").doesNotContain("JOIN FETCH");
        });
    }

    @Test
    void positive_hibernateOnTheStackGetsFetchRecipes() {
        List<Finding> findings = check(unit("GET /orders").runTimed(BY_ID, ORDER_LIST, Set.of(Framework.HIBERNATE), 1, 1, 2, 3));
        assertThat(findings).singleElement().satisfies(f ->
                assertThat(f.fix()).contains("join fetch", "@EntityGraph", "@BatchSize", "hibernate.default_batch_fetch_size"));
    }

    @Test
    void negative_twoRepeatsAreBelowTheThreshold() {
        assertThat(check(unit("GET /orders").run(BY_ID, ORDER_LIST, 1, 2))).isEmpty();
    }

    @Test
    void negative_thresholdIsConfigurable() {
        var unit = unit("GET /orders").run(BY_ID, ORDER_LIST, 1, 2, 3, 4).build();
        assertThat(rule.check(unit, RuleConfig.defaults().with("n-plus-one.min-repeats", 5))).isEmpty();
    }

    @Test
    void negative_inBatchFetch() {
        String batch = "select id, name from users where id in (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        var unit = unit("GET /orders");
        for (int i = 0; i < 5; i++) {
            unit.batchFetch(batch, ORDER_LIST, 10, i);
        }
        assertThat(check(unit)).isEmpty();
    }

    @Test
    void negative_sameParametersIsARepeatNotAnNPlusOne() {
        assertThat(check(unit("GET /orders").run(BY_ID, ORDER_LIST, 7, 7, 7, 7))).isEmpty();
    }

    @Test
    void negative_differentCallSitesAreDifferentLoops() {
        assertThat(check(unit("GET /orders").run(BY_ID, ORDER_LIST, 1, 2).run(BY_ID, ORDER_VIEW, 3, 4))).isEmpty();
    }

    @Test
    void negative_writesAreNotNPlusOne() {
        assertThat(check(unit("POST /orders").run("insert into items (order_id, sku) values (?, ?)", ORDER_LIST, 1, 2, 3, 4))).isEmpty();
    }

    @Test
    void negative_singleFindById() {
        assertThat(check(unit("GET /orders/1").run(BY_ID, ORDER_LIST, 1))).isEmpty();
    }
}
