package io.perfloop.db.rules;

import io.perfloop.core.finding.Finding;
import io.perfloop.db.Shop;
import io.perfloop.db.explain.ExplainReport;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** On PostgreSQL 17 (EXPLAIN (GENERIC_PLAN)) and 15 (PREPARE with force_generic_plan). */
class GenericPlanDiffersRuleTest {
    static final String ID = "generic-plan-differs";
    static final String PENDING = "select id from orders where status = 'pending' order by created_at limit 10";

    @Test
    void positive_partialIndexOnlyForTheConstant_pg17() {
        positive(Shop.pg17());
    }

    @Test
    void positive_partialIndexOnlyForTheConstant_pg15() {
        positive(Shop.pg15());
    }

    private static void positive(String url) {
        ExplainReport r = RuleCase.report(url, PENDING);
        assertThat(r.plansDiffer()).isTrue();
        List<Finding> f = r.findings().stream().filter(x -> x.ruleId().equals(ID)).toList();
        assertThat(f).hasSize(1);
        assertThat(f.get(0).evidence().get("plan for the values").toString()).contains("orders_pending_created");
        assertThat(f.get(0).evidence().get("generic plan").toString()).doesNotContain("orders_pending_created");
    }

    @Test
    void positive_capturedValuesAgainstTheGenericPlan() {
        assertThat(RuleCase.findings(Shop.pg17(), ID, "select id from orders where status = ? order by created_at limit 10", "pending")).hasSize(1);
    }

    @Test
    void negative_primaryKeyLookupIsTheSameEitherWay() {
        ExplainReport r = RuleCase.report(Shop.pg15(), "select * from orders where id = 5");
        assertThat(r.genericPlan()).isNotNull();
        assertThat(r.plansDiffer()).isFalse();
        assertThat(r.findings()).noneMatch(x -> x.ruleId().equals(ID));
    }
}
