package io.perfloop.db.rules;

import io.perfloop.core.finding.Finding;
import io.perfloop.db.Shop;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MissingIndexRuleTest {
    static final String ID = "missing-index";

    @Test
    void positive_selectiveFilterOnUnindexedColumn() {
        List<Finding> f = RuleCase.findings(Shop.pg17(), ID, "select * from orders where customer_id = 42");
        assertThat(f).hasSize(1);
        assertThat(f.get(0).title()).contains("orders").contains("200,000 rows");
        assertThat(f.get(0).evidence()).containsEntry("measured", "EXPLAIN ANALYZE");
        assertThat(f.get(0).predictedGain()).isGreaterThan(0.5);
    }

    @Test
    void positive_estimatedWhenTheStatementIsNotRun() {
        List<Finding> f = RuleCase.findings(Shop.pg17(), ID, "update orders set note = 'x' where customer_id = 42");
        assertThat(f).hasSize(1);
        assertThat(f.get(0).evidence()).containsEntry("estimated", "planner estimate (no ANALYZE)");
    }

    @Test
    void negative_primaryKeyLookup() {
        assertThat(RuleCase.findings(Shop.pg17(), ID, "select * from orders where id = 42")).isEmpty();
    }

    @Test
    void negative_filterKeepsMostRows() {
        assertThat(RuleCase.findings(Shop.pg17(), ID, "select count(*) from orders where status = 'done'")).isEmpty();
    }

    @Test
    void negative_smallTable() {
        assertThat(RuleCase.findings(Shop.pg17(), ID, "select * from products where name = 'product 7'")).isEmpty();
    }
}
