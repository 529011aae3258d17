package io.perfloop.db.rules;

import io.perfloop.core.finding.Finding;
import io.perfloop.db.Shop;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HashSpillRuleTest {
    static final String ID = "hash-spill";
    static final String JOIN = "select o.id, c.email from orders o join customers c on c.id = o.customer_id";

    @Test
    void positive_hashJoinInBatches() {
        List<Finding> f = RuleCase.findings(Shop.withSettings(Shop.pg17(), "work_mem=64kB", "hash_mem_multiplier=1",
                "max_parallel_workers_per_gather=0", "enable_mergejoin=off", "enable_nestloop=off"), ID, JOIN);
        assertThat(f).isNotEmpty();
        assertThat(f.get(0).title()).contains("batches");
    }

    @Test
    void negative_hashFitsInMemory() {
        assertThat(RuleCase.findings(Shop.withSettings(Shop.pg17(), "work_mem=64MB", "enable_mergejoin=off", "enable_nestloop=off"), ID, JOIN)).isEmpty();
    }
}
