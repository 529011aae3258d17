package io.perfloop.db.rules;

import io.perfloop.core.finding.Finding;
import io.perfloop.db.Shop;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SortSpillRuleTest {
    static final String ID = "sort-spill";

    @Test
    void positive_sortLargerThanWorkMem() {
        List<Finding> f = RuleCase.findings(Shop.withSettings(Shop.pg17(), "work_mem=64kB", "max_parallel_workers_per_gather=0"), ID,
                "select id, note from orders order by note");
        assertThat(f).hasSize(1);
        assertThat(f.get(0).evidence().get("sort method").toString()).startsWith("external");
    }

    @Test
    void negative_smallSortInMemory() {
        assertThat(RuleCase.findings(Shop.pg17(), ID, "select id, note from orders where customer_id < 50 order by note")).isEmpty();
    }
}
