package io.perfloop.db.rules;

import io.perfloop.core.finding.Finding;
import io.perfloop.db.Shop;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HotNodeRuleTest {
    static final String ID = "hot-node";

    @Test
    void positive_scanDominatesTheAggregate() {
        List<Finding> f = RuleCase.findings(Shop.withSettings(Shop.pg17(), "max_parallel_workers_per_gather=0"), ID,
                "select count(*) from orders where note like '%abc%'");
        assertThat(f).hasSize(1);
        assertThat(f.get(0).title()).startsWith("Seq Scan on orders takes");
        assertThat(f.get(0).predictedGain()).isBetween(0.5, 1.0);
    }

    @Test
    void positive_parallelWorkersAreNotCountedTwice() {
        List<Finding> f = RuleCase.findings(Shop.withSettings(Shop.pg17(), "parallel_setup_cost=0", "parallel_tuple_cost=0",
                "min_parallel_table_scan_size=0"), ID, "select count(*) from orders where note like '%abc%'");
        assertThat(f).allSatisfy(x -> assertThat(x.predictedGain()).isLessThanOrEqualTo(1.0));
    }

    @Test
    void negative_fastStatementHasNoHotSpot() {
        assertThat(RuleCase.findings(Shop.pg17(), ID, "select * from orders where id = 5")).isEmpty();
    }
}
