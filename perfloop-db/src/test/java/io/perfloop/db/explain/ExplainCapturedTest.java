package io.perfloop.db.explain;

import io.perfloop.Perfloop;
import io.perfloop.core.event.StatementEvent;
import io.perfloop.core.finding.Finding;
import io.perfloop.core.work.UnitOfWork;
import io.perfloop.db.Shop;
import io.perfloop.jdbc.CaptureOptions;
import io.perfloop.jdbc.PerfloopDataSource;
import io.perfloop.testdb.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A statement captured by perfloop's JDBC wrapper is explained with its values and keeps its call site. */
class ExplainCapturedTest {

    @Test
    void planFindingsCarryTheCapturedCallSiteAndScope() throws Exception {
        StatementEvent captured = capture(CaptureOptions.DEFAULTS.withParameterValues());
        assertThat(captured.parameters()).containsExactly("42");
        try (Explainer e = Explainer.connect(Shop.pg17(), ExplainOptions.DEFAULTS.withAdvise(false))) {
            ExplainReport r = e.explain(captured, "GET /customers/42/orders");
            assertThat(r.executed()).isTrue();
            Finding missing = r.findings().stream().filter(f -> f.ruleId().equals("missing-index")).findFirst().orElseThrow();
            assertThat(missing.callSite()).contains("ExplainCapturedTest.ordersOf(ExplainCapturedTest.java");
            assertThat(missing.scope()).isEqualTo("GET /customers/42/orders");
        }
    }

    @Test
    void redactedValuesGiveTheGenericPlanOnly() throws Exception {
        StatementEvent captured = capture(CaptureOptions.DEFAULTS);
        assertThat(captured.parameters()).isNull();
        try (Explainer e = Explainer.connect(Shop.pg17(), ExplainOptions.DEFAULTS.withAdvise(false))) {
            ExplainReport r = e.explain(captured, "GET /customers/42/orders");
            assertThat(r.executed()).isFalse();
            assertThat(r.plan()).isNull();
            assertThat(r.genericPlan()).isNotNull();
            assertThat(r.findings()).anyMatch(f -> f.ruleId().equals("missing-index"));
        }
    }

    private static StatementEvent capture(CaptureOptions options) throws Exception {
        Shop.pg17();
        try (UnitOfWork uow = Perfloop.unitOfWork("GET /customers/42/orders");
             Connection c = PerfloopDataSource.wrap(EmbeddedPostgres.shared().dataSource("perfloop_db_shop"), options).getConnection()) {
            ordersOf(c, 42);
            List<StatementEvent> statements = uow.snapshot().statements();
            return statements.get(statements.size() - 1);
        }
    }

    private static void ordersOf(Connection c, int customer) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("select id, amount from orders where customer_id = ?")) {
            ps.setInt(1, customer);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getLong(1);
                }
            }
        }
    }
}
