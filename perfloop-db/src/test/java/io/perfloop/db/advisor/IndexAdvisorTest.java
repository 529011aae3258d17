package io.perfloop.db.advisor;

import io.perfloop.db.Database;
import io.perfloop.db.Shop;
import io.perfloop.db.explain.ExplainOptions;
import io.perfloop.db.explain.ExplainReport;
import io.perfloop.db.explain.Explainer;
import io.perfloop.db.plan.Plan;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The advisor on the local PostgreSQL 15 with hypopg, against the seeded shop. */
class IndexAdvisorTest {

    static AdvisorResult advise(String url, String sql, Object... values) {
        try (Database db = Database.connect(url)) {
            return new IndexAdvisor(db, AdvisorOptions.DEFAULTS).advise(sql, List.of(values));
        }
    }

    @Test
    void equalityColumnsMostSelectiveFirstVerifiedWithHypopg() {
        AdvisorResult r = advise(Shop.pg15WithHypopg(), "select * from orders where status = 'done' and customer_id = 42");
        assertThat(r.verification()).isEqualTo(Verification.HYPOPG);
        assertThat(r.advice()).hasSize(1);
        IndexAdvice a = r.advice().get(0);
        assertThat(a.index().keyColumns()).startsWith("customer_id");
        assertThat(a.reduction()).isGreaterThan(0.9);
        assertThat(a.sizeBytes()).isGreaterThan(1_000_000);
        assertThat(a.scanAfter()).contains("orders");
    }

    @Test
    void orderByAfterEqualitySoLimitNeedsNoSort() {
        AdvisorResult r = advise(Shop.pg15WithHypopg(), "select id, amount from orders where region = 'r3' order by amount desc limit 20");
        assertThat(r.advice()).hasSize(1);
        assertThat(r.advice().get(0).index().keyColumns()).containsExactly("region", "amount");
    }

    @Test
    void partialIndexForARareConstantOfASkewedColumn() {
        AdvisorResult r = advise(Shop.pg15WithHypopg(), "select id from orders where status = 'cancelled' and region = 'r7'");
        assertThat(r.advice()).hasSize(1);
        assertThat(r.advice().get(0).index().predicate()).isEqualTo("status = 'cancelled'");
        assertThat(r.advice().get(0).reason()).contains("skewed");
    }

    @Test
    void includeColumnsMakeAnIndexOnlyScan() {
        AdvisorResult r = advise(Shop.pg15WithHypopg(), "select customer_id, amount from orders where customer_id between 100 and 400");
        assertThat(r.advice()).hasSize(1);
        IndexAdvice a = r.advice().get(0);
        assertThat(a.index().include()).containsExactly("amount");
        assertThat(a.indexOnly()).as(a.scanAfter()).isTrue();
    }

    @Test
    void joinColumnOfTheInnerTable() {
        AdvisorResult r = advise(Shop.pg15WithHypopg(),
                "select o.id, i.qty from orders o join order_items i on i.order_id = o.id where o.customer_id = 42");
        assertThat(r.advice()).extracting(a -> a.index().table() + a.index().keyColumns())
                .contains("orders[customer_id]", "order_items[order_id]");
        assertThat(r.costAfter()).isLessThan(r.costBefore() / 10);
    }

    @Test
    void noSuggestionWhereAnIndexAlreadyServesTheQuery() {
        AdvisorResult r = advise(Shop.pg15WithHypopg(), "select * from orders where id = 42");
        assertThat(r.advice()).isEmpty();
        assertThat(r.candidates()).isPositive();
        AdvisorResult range = advise(Shop.pg15WithHypopg(), "select * from orders where created_at between '2023-02-01' and '2023-02-02'");
        assertThat(range.advice()).isEmpty();
    }

    @Test
    void parametersWithoutValuesAreAdvisedOnTheGenericPlan() {
        AdvisorResult r = advise(Shop.pg15WithHypopg(), "select * from orders where customer_id = ?");
        assertThat(r.advice()).hasSize(1);
        assertThat(r.advice().get(0).index().keyColumns()).containsExactly("customer_id");
    }

    @Test
    void hypopgLeavesNothingBehind() {
        String url = Shop.pg15WithHypopg();
        long indexes = Shop.count(url, "select count(*) from pg_indexes where schemaname = '" + Shop.PG15_SCHEMA + "'");
        advise(url, "select * from orders where customer_id = 42");
        assertThat(Shop.count(url, "select count(*) from pg_indexes where schemaname = '" + Shop.PG15_SCHEMA + "'")).isEqualTo(indexes);
    }

    /**
     * The suggestion, created for real on a copy of the table, turns the sequential scan into an
     * index scan and cuts the measured execution time (median of 5 EXPLAIN ANALYZE runs each).
     */
    @Test
    void theSuggestionCreatedForRealTurnsTheSeqScanIntoAnIndexScanAndIsFaster() {
        String url = Shop.pg15WithHypopg();
        Shop.execute(url, "DROP TABLE IF EXISTS orders_copy", "CREATE TABLE orders_copy AS SELECT * FROM orders", "ANALYZE orders_copy");
        String sql = "select id, amount, created_at from orders_copy where customer_id = 4242 and status = 'done' order by created_at desc limit 20";
        AdvisorResult r = advise(url, sql);
        assertThat(r.advice()).hasSize(1);
        double before = medianMillis(url, sql);
        Shop.execute(url, r.advice().get(0).index().ddl());
        try {
            Plan after = plan(url, sql);
            assertThat(after.nodes()).anyMatch(n -> n.indexName() != null && n.indexName().startsWith("orders_copy_"));
            assertThat(after.nodes()).noneMatch(n -> "Seq Scan".equals(n.nodeType()));
            assertThat(medianMillis(url, sql)).isLessThan(before / 3);
        } finally {
            Shop.execute(url, "DROP TABLE orders_copy");
        }
    }

    static Plan plan(String url, String sql) {
        try (Explainer e = Explainer.connect(url, ExplainOptions.DEFAULTS.withAdvise(false))) {
            ExplainReport r = e.explain(sql);
            return r.plan();
        }
    }

    static double medianMillis(String url, String sql) {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            times.add(plan(url, sql).executionMillis());
        }
        Collections.sort(times);
        return times.get(2);
    }
}
