package io.perfloop.db.rules;

import io.perfloop.core.finding.Finding;
import io.perfloop.db.Shop;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RowMisestimateRuleTest {
    static final String ID = "row-misestimate";

    @Test
    void positive_correlatedColumnsUnderestimated() {
        // bucket_a = bucket_b always; the planner multiplies their selectivities (1 % × 1 %)
        List<Finding> f = RuleCase.findings(Shop.withSettings(Shop.pg17(), "max_parallel_workers_per_gather=0"), ID,
                "select * from orders where bucket_a = 7 and bucket_b = 7");
        assertThat(f).hasSize(1);
        assertThat(f.get(0).title()).contains("underestimated ×10").contains("at Seq Scan on orders").contains("got 2,000");
        // the planner expects about 1 % × 1 % of 200,000 rows = 20 (sampled statistics vary a little)
        assertThat(Double.parseDouble(f.get(0).evidence().get("factor").toString())).isGreaterThan(50);
    }

    @Test
    void negative_singleColumnEstimatedWell() {
        assertThat(RuleCase.findings(Shop.pg17(), ID, "select * from orders where bucket_a = 7")).isEmpty();
    }

    @Test
    void negative_limitStopsANodeEarlyByDesign() {
        assertThat(RuleCase.findings(Shop.pg17(), ID, "select * from orders order by created_at limit 5")).isEmpty();
    }
}
