package io.perfloop.core.compare.findings;

import io.perfloop.core.detect.RankedFinding;
import io.perfloop.core.finding.Finding;
import io.perfloop.core.finding.Severity;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FindingsDiffTest {
    static final String ORDERS = "GET /api/orders";

    /** A ranked finding as the engine reports it. */
    static RankedFinding finding(String rule, String scope, String callSite, String fingerprint, double gain) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        if (fingerprint != null) {
            evidence.put("fingerprint", fingerprint);
        }
        return new RankedFinding(new Finding(rule, rule + " in " + scope, Severity.WARNING, scope, callSite, evidence, null, "fix it", gain),
                10, 10, 0.5, gain * 0.5);
    }

    static String site(String method, int line) {
        return "com.shop.Orders." + method + "(Orders.java:" + line + ")";
    }

    @Test
    void sameRuleScopeAndCallSite_isStillPresent() {
        RankedFinding old = finding("n-plus-one", ORDERS, site("summary", 73), "select users", 0.4);
        RankedFinding neu = finding("n-plus-one", ORDERS, site("summary", 73), "select users", 0.1);
        FindingsDiff diff = FindingsDiff.of(List.of(old), List.of(neu));
        assertThat(diff.resolved()).isEmpty();
        assertThat(diff.appeared()).isEmpty();
        assertThat(diff.stillPresent()).containsExactly(new StillPresent(old, neu));
        assertThat(diff.stillPresent().get(0).moved()).isFalse();
    }

    @Test
    void goneFromTheNewRun_isResolved_andOnlyInTheNewRun_isNew() {
        RankedFinding nPlusOne = finding("n-plus-one", ORDERS, site("summary", 73), "select users", 0.4);
        RankedFinding cacheable = finding("cacheable-call", ORDERS, site("fixed", 67), null, 0.3);
        FindingsDiff diff = FindingsDiff.of(List.of(nPlusOne), List.of(cacheable));
        assertThat(diff.resolved()).containsExactly(nPlusOne);
        assertThat(diff.appeared()).containsExactly(cacheable);
        assertThat(diff.stillPresent()).isEmpty();
    }

    /** An edit above the call moved it two lines down: the same finding, marked as moved. */
    @Test
    void movedLineWithinTheSameMethod_isStillPresent() {
        RankedFinding old = finding("n-plus-one", ORDERS, site("summary", 73), "select users", 0.4);
        RankedFinding neu = finding("n-plus-one", ORDERS, site("summary", 75), "select users", 0.4);
        FindingsDiff diff = FindingsDiff.of(List.of(old), List.of(neu));
        assertThat(diff.stillPresent()).hasSize(1);
        assertThat(diff.stillPresent().get(0).moved()).isTrue();
    }

    @Test
    void anotherMethodOrAnotherEndpoint_isNotTheSameFinding() {
        RankedFinding old = finding("n-plus-one", ORDERS, site("summary", 73), "select users", 0.4);
        assertThat(FindingsDiff.of(List.of(old), List.of(finding("n-plus-one", ORDERS, site("details", 73), "select users", 0.4)))
                .stillPresent()).isEmpty();
        assertThat(FindingsDiff.of(List.of(old), List.of(finding("n-plus-one", "GET /api/users", site("summary", 73), "select users", 0.4)))
                .stillPresent()).isEmpty();
        assertThat(FindingsDiff.of(List.of(old), List.of(finding("repeated-query", ORDERS, site("summary", 73), "select users", 0.4)))
                .stillPresent()).isEmpty();
    }

    /**
     * Two N+1s in one method (users at line 73, items at 74), both moved by an edit, the users one
     * fixed: the items finding must pair with items, by its statement, not with whatever comes first.
     */
    @Test
    void twoFindingsInOneMethod_pairByStatementWhenLinesMoved() {
        RankedFinding users = finding("n-plus-one", ORDERS, site("summary", 73), "select users", 0.42);
        RankedFinding items = finding("n-plus-one", ORDERS, site("summary", 74), "select order_items", 0.33);
        RankedFinding itemsMoved = finding("n-plus-one", ORDERS, site("summary", 80), "select order_items", 0.5);
        FindingsDiff diff = FindingsDiff.of(List.of(users, items), List.of(itemsMoved));
        assertThat(diff.resolved()).containsExactly(users);
        assertThat(diff.stillPresent()).containsExactly(new StillPresent(items, itemsMoved));
        assertThat(diff.appeared()).isEmpty();
    }

    /** Endpoint-wide findings (a large payload) have no call site: rule and endpoint identify them. */
    @Test
    void withoutCallSite_ruleAndScopeMatch() {
        RankedFinding old = finding("large-payload", "GET /api/products", null, null, 0.54);
        RankedFinding neu = finding("large-payload", "GET /api/products", null, null, 0.6);
        assertThat(FindingsDiff.of(List.of(old), List.of(neu)).stillPresent()).containsExactly(new StillPresent(old, neu));
        assertThat(FindingsDiff.method(null)).isNull();
        assertThat(FindingsDiff.method(site("summary", 73))).isEqualTo("com.shop.Orders.summary(Orders.java)");
    }

    @Test
    void eachFindingIsMatchedOnce() {
        RankedFinding a = finding("large-payload", "GET /api/products", null, null, 0.5);
        FindingsDiff diff = FindingsDiff.of(List.of(a, a), List.of(a));
        assertThat(diff.stillPresent()).hasSize(1);
        assertThat(diff.resolved()).containsExactly(a);
    }
}
