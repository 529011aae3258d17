package io.perfloop.db.rules;

import io.perfloop.core.finding.Finding;
import io.perfloop.db.Shop;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IndexScanFilterRuleTest {
    static final String ID = "index-scan-filter";
    static final String RANGE = "created_at >= '2023-03-01' and created_at < '2023-03-15'";

    @Test
    void positive_indexServesTheRangeFilterDiscardsTheRest() {
        List<Finding> f = RuleCase.findings(Shop.pg17(), ID, "select * from orders where " + RANGE + " and region = 'r3'");
        assertThat(f).hasSize(1);
        assertThat(f.get(0).evidence()).containsKey("rows discarded");
        assertThat(f.get(0).fix()).contains("region");
    }

    @Test
    void negative_indexServesTheWholeCondition() {
        assertThat(RuleCase.findings(Shop.pg17(), ID, "select * from orders where " + RANGE)).isEmpty();
    }
}
