package io.perfloop.jdbc.detect;

import io.perfloop.core.finding.Finding;
import io.perfloop.core.finding.RuleConfig;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.perfloop.jdbc.detect.UnitBuilder.ORDER_LIST;
import static io.perfloop.jdbc.detect.UnitBuilder.ORDER_VIEW;
import static io.perfloop.jdbc.detect.UnitBuilder.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RepeatedQueryRuleTest {
    private static final String SETTINGS = "select value from settings where key = ?";
    private final RepeatedQueryRule rule = new RepeatedQueryRule();

    private List<Finding> check(UnitBuilder unit) {
        return rule.check(unit.build(), RuleConfig.defaults());
    }

    @Test
    void positive_sameLookupFromTwoPlaces() {
        List<Finding> findings = check(unit("GET /cart").lasting(20).run(SETTINGS, ORDER_LIST, "currency").run(SETTINGS, ORDER_VIEW, "currency"));
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("repeated-query");
            assertThat(f.evidence()).containsEntry("executions", 2);
            assertThat((String) f.evidence().get("call sites")).contains("OrderService.list", "OrderView.render");
            assertThat(f.predictedGain()).isCloseTo(0.1, within(1e-9));
        });
    }

    @Test
    void negative_differentParameters() {
        assertThat(check(unit("GET /cart").run(SETTINGS, ORDER_LIST, "currency", "locale"))).isEmpty();
    }

    @Test
    void negative_repeatedWritesAreNotReadRepeats() {
        assertThat(check(unit("POST /log").run("insert into log (msg) values (?)", ORDER_LIST, "x", "x"))).isEmpty();
    }

    @Test
    void negative_once() {
        assertThat(check(unit("GET /cart").run(SETTINGS, ORDER_LIST, "currency"))).isEmpty();
    }
}
