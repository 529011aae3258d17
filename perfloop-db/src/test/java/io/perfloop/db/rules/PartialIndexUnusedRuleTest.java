package io.perfloop.db.rules;

import io.perfloop.core.finding.Finding;
import io.perfloop.db.Shop;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PartialIndexUnusedRuleTest {
    static final String ID = "partial-index-unused";

    @Test
    void positive_otherConstantThanThePredicate() {
        List<Finding> f = RuleCase.findings(Shop.pg17(), ID, "select id from orders where status = 'shipped' order by created_at limit 10");
        assertThat(f).hasSize(1);
        assertThat(f.get(0).evidence().get("reason").toString()).contains("`status = 'shipped'` does not imply");
    }

    @Test
    void positive_bindParameter() {
        List<Finding> f = RuleCase.findings(Shop.pg15(), ID, "select id from orders where status = ? order by created_at limit 10");
        assertThat(f).hasSize(1);
        assertThat(f.get(0).evidence().get("reason").toString()).contains("bind parameter");
        assertThat(f.get(0).fix()).contains("instead of binding it");
    }

    @Test
    void positive_genericPlanCannotUseWhatTheConstantsCan() {
        List<Finding> f = RuleCase.findings(Shop.pg17(), ID, "select id from orders where status = 'pending' order by created_at limit 10");
        assertThat(f).hasSize(1);
        assertThat(f.get(0).title()).contains("generic plan");
    }

    @Test
    void negative_predicateOnABooleanStaysProvableWithParameters() {
        assertThat(RuleCase.findings(Shop.pg17(), ID, "select id from customers where vip and country = 'DE'")).isEmpty();
        assertThat(RuleCase.findings(Shop.pg17(), ID, "select id from customers where vip and country = ?", "DE")).isEmpty();
    }

    @Test
    void negative_anotherIndexAlreadyReadsTheRowsWithLittleWaste() {
        // sorts by the partial index's column but reads 50 rows by primary key, keeping most of them:
        // the partial index could not save much (the sample shop's users' orders query after its fix)
        assertThat(RuleCase.findings(Shop.pg17(), ID, "select id from orders where id between 1 and 50 and status <> 'pending' order by created_at"))
                .isEmpty();
    }

    @Test
    void negative_queryDoesNotUseTheIndexedColumns() {
        assertThat(RuleCase.findings(Shop.pg17(), ID, "select id from orders where customer_id = 7")).isEmpty();
    }
}
