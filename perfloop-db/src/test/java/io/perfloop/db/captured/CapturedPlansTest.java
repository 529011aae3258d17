package io.perfloop.db.captured;

import io.perfloop.core.finding.Finding;
import io.perfloop.db.Shop;
import io.perfloop.db.explain.ExplainOptions;
import io.perfloop.db.explain.Explainer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.perfloop.db.captured.Captured.request;
import static io.perfloop.db.captured.Captured.statement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Statements as the agent captured them, explained on the real seeded shop (PostgreSQL 17):
 * orders.customer_id has no index, orders_pending_created is partial ({@code WHERE status = 'pending'}).
 */
class CapturedPlansTest {
    static final String BY_CUSTOMER = "select id, amount from orders where customer_id = ?";
    static final String PENDING_IGNORING_CASE = "select id from orders where upper(status) = upper(?) order by created_at limit 10";
    static final String BY_ID = "select id, amount from orders where id = ?";

    final List<String> notExplained = new ArrayList<>();

    List<Finding> explain(StatementShapes shapes, Duration budget) {
        try (Explainer explainer = Explainer.connect(Shop.pg17(), ExplainOptions.DEFAULTS.withAdvise(false))) {
            return new CapturedPlans(explainer, budget).explain(shapes.worthExplaining(0.05),
                    (shape, why) -> notExplained.add(shape.endpoint() + ": " + why));
        }
    }

    static StatementShapes recording(java.util.function.Consumer<StatementShapes> requests) {
        StatementShapes shapes = new StatementShapes();
        requests.accept(shapes);
        return shapes;
    }

    @Test
    void positive_missingIndex_scopedToTheEndpoint_gainScaledByTheStatementsShare() {
        // the statement takes 40 of the endpoint's 100 ms
        List<Finding> findings = explain(recording(s -> s.add(request("GET /customers/{id}/orders", 100,
                statement(BY_CUSTOMER, 40, List.of("42"))))), Duration.ofSeconds(60));

        Finding missing = findings.stream().filter(f -> f.ruleId().equals("missing-index")).findFirst().orElseThrow();
        assertThat(missing.scope()).isEqualTo("GET /customers/{id}/orders");
        assertThat(missing.callSite()).isEqualTo("com.acme.shop.Orders.list(Orders.java:42)");
        assertThat(missing.evidence().get("plan").toString()).startsWith("EXPLAIN ANALYZE of a captured execution with its bind values");
        assertThat(missing.evidence().get("endpoint time").toString()).startsWith("40.0 % of GET /customers/{id}/orders's time");
        assertThat(missing.evidence()).containsKeys("node", "filter", "plan gain");
        // the seq scan is nearly all of the statement's time: a bit under 40 % of the endpoint's
        assertThat(missing.predictedGain()).isBetween(0.2, 0.4);
        assertThat(findings).noneMatch(f -> f.ruleId().equals("hot-node")); // it names the same node
        assertThat(notExplained).isEmpty();
    }

    @Test
    void positive_redactedValues_genericPlan_gainFromThePlannersCosts() {
        List<Finding> findings = explain(recording(s -> s.add(request("GET /customers/{id}/orders", 100,
                statement(BY_CUSTOMER, 50, null)))), Duration.ofSeconds(60));

        Finding missing = findings.stream().filter(f -> f.ruleId().equals("missing-index")).findFirst().orElseThrow();
        assertThat(missing.evidence().get("plan").toString()).startsWith("generic plan only");
        assertThat(missing.evidence().get("plan gain").toString()).contains("estimated from the planner's costs");
        assertThat(missing.predictedGain()).isCloseTo(0.5, within(0.05));
    }

    @Test
    void positive_partialIndexUnused_byAnExpressionOnItsColumn() {
        List<Finding> findings = explain(recording(s -> s.add(request("GET /orders/pending", 80,
                statement(PENDING_IGNORING_CASE, 60, List.of("pending"))))), Duration.ofSeconds(60));

        assertThat(findings).filteredOn(f -> f.ruleId().equals("partial-index-unused")).singleElement().satisfies(f -> {
            assertThat(f.scope()).isEqualTo("GET /orders/pending");
            assertThat(f.title()).contains("orders_pending_created");
            assertThat(f.predictedGain()).isGreaterThan(0).isLessThanOrEqualTo(0.75);
        });
    }

    @Test
    void aRuleWithoutGainOnAnExecutedPlan_staysWithoutGain() {
        // the plan for 'pending' uses the partial index, the generic plan cannot: generic-plan-differs names no gain
        List<Finding> findings = explain(recording(s -> s.add(request("GET /orders/pending", 20,
                statement("select id from orders where status = ? order by created_at limit 10", 15, List.of("pending"))))),
                Duration.ofSeconds(60));

        assertThat(findings).filteredOn(f -> f.ruleId().equals("generic-plan-differs")).singleElement().satisfies(f -> {
            assertThat(f.predictedGain()).isNaN();
            assertThat(f.evidence()).doesNotContainKey("plan gain");
        });
    }

    @Test
    void negative_indexedLookup_noFinding() {
        assertThat(explain(recording(s -> s.add(request("GET /orders/{id}", 10, statement(BY_ID, 8, List.of("42"))))),
                Duration.ofSeconds(60))).isEmpty();
        assertThat(notExplained).isEmpty();
    }

    @Test
    void aStatementThatCannotBeExplained_isReported_andTheOthersGoOn() {
        List<Finding> findings = explain(recording(s -> {
            s.add(request("GET /broken", 100, statement("select * from no_such_table where id = ?", 90, List.of("1"))));
            s.add(request("GET /customers/{id}/orders", 100, statement(BY_CUSTOMER, 40, List.of("42"))));
        }), Duration.ofSeconds(60));

        assertThat(notExplained).singleElement().asString().startsWith("GET /broken: ").contains("no_such_table");
        assertThat(findings).anyMatch(f -> f.ruleId().equals("missing-index"));
    }

    @Test
    void budgetUsedUp_theRestIsReportedNotExplained() {
        List<Finding> findings = explain(recording(s -> s.add(request("GET /customers/{id}/orders", 100,
                statement(BY_CUSTOMER, 40, List.of("42"))))), Duration.ZERO);

        assertThat(findings).isEmpty();
        assertThat(notExplained).singleElement().asString().contains("used up");
    }
}
