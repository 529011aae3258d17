package io.perfloop.db.catalogue;

import io.perfloop.Perfloop;
import io.perfloop.core.event.StatementEvent;
import io.perfloop.core.finding.Finding;
import io.perfloop.core.finding.RuleConfig;
import io.perfloop.core.work.UnitOfWork;
import io.perfloop.db.Database;
import io.perfloop.db.Shop;
import io.perfloop.jdbc.PerfloopDataSource;
import io.perfloop.testdb.EmbeddedPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code db-check} on a database of its own on the embedded PostgreSQL 17: one table with an
 * unused index, a covered one, a unique one, a used one and an invalid one, and pg_stat_statements.
 */
class CatalogueCheckTest {
    static String url;
    static List<StatementEvent> captured;
    static CatalogueReport report;
    static final RuleConfig SMALL = RuleConfig.defaults().with("unused-index.min-size-kb", 64)
            .with("slow-statement.min-calls", 20).with("slow-statement.min-mean-ms", 0);

    @BeforeAll
    static void database() throws Exception {
        // a fresh database, so index usage and statement statistics start from zero
        Shop.execute(EmbeddedPostgres.shared().jdbcUrl(), "DROP DATABASE IF EXISTS perfloop_db_catalogue");
        url = EmbeddedPostgres.shared().createDatabase("perfloop_db_catalogue");
        Shop.execute(url, "CREATE EXTENSION IF NOT EXISTS pg_stat_statements",
                "CREATE TABLE things (id int PRIMARY KEY, a int NOT NULL, b int NOT NULL, c int NOT NULL, code text NOT NULL)",
                "INSERT INTO things SELECT g, g % 1000, g % 7, g % 13, 'k' || (g % 50000) FROM generate_series(1, 100000) g",
                "CREATE INDEX things_unused_c ON things (c)",
                "CREATE INDEX things_a ON things (a)",
                "CREATE INDEX things_a_b ON things (a, b)",
                "CREATE UNIQUE INDEX things_id_a ON things (id, a)",
                "CREATE INDEX things_b_partial ON things (b) WHERE c = 1",
                "ANALYZE things", "SELECT pg_stat_statements_reset()");
        try {
            Shop.execute(url, "CREATE UNIQUE INDEX CONCURRENTLY things_code_unique ON things (code)");
        } catch (IllegalStateException expected) {
            // duplicate codes: the concurrent build fails and leaves an invalid index behind, as in production
        }
        // the application: one lookup by (a, b) from a captured call site, run often enough to count
        try (UnitOfWork uow = Perfloop.unitOfWork("GET /things");
             Connection c = PerfloopDataSource.wrap(EmbeddedPostgres.shared().dataSource("perfloop_db_catalogue")).getConnection()) {
            for (int i = 0; i < 25; i++) {
                lookup(c, i);
            }
            captured = uow.snapshot().statements();
        }
        try (Database db = Database.connect(url)) {
            report = new CatalogueCheck(db, SMALL, Duration.ofSeconds(10)).check(captured);
        }
    }

    private static void lookup(Connection c, int i) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("select count(*) from things where a = ? and b = ?")) {
            ps.setInt(1, i);
            ps.setInt(2, i % 7);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
            }
        }
    }

    static List<Finding> findings(String rule) {
        return report.findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
    }

    @Test
    void unusedIndex_positiveForTheNeverScannedOne_negativeForUsedUniqueAndPrimary() {
        assertThat(findings("unused-index")).extracting(Finding::title).anyMatch(t -> t.contains("things_unused_c"))
                .noneMatch(t -> t.contains("things_a_b") || t.contains("things_id_a") || t.contains("things_pkey"));
    }

    @Test
    void duplicateIndex_positiveForThePrefix_negativeForUniqueAndPartial() {
        List<Finding> f = findings("duplicate-index");
        assertThat(f).hasSize(1);
        assertThat(f.get(0).title()).contains("things_a ").contains("covered by things_a_b");
    }

    @Test
    void invalidIndex_positiveForTheFailedConcurrentBuild_negativeForTheRest() {
        assertThat(findings("invalid-index")).singleElement().satisfies(f -> assertThat(f.title()).contains("things_code_unique"));
    }

    @Test
    void slowStatement_linkedToTheCapturedCallSite() {
        List<Finding> f = findings("slow-statement");
        assertThat(f).anySatisfy(x -> {
            assertThat(x.sampleSql()).contains("from things where a = $1 and b = $2");
            assertThat(x.callSite()).contains("CatalogueCheckTest.lookup(CatalogueCheckTest.java");
            assertThat(((Number) x.evidence().get("calls")).longValue()).isGreaterThanOrEqualTo(20);
        });
    }

    @Test
    void slowStatement_negativeBelowTheThresholds() {
        try (Database db = Database.connect(url)) {
            CatalogueReport defaults = new CatalogueCheck(db, RuleConfig.defaults(), Duration.ofSeconds(10)).check(captured);
            assertThat(defaults.findings()).noneMatch(x -> x.ruleId().equals("slow-statement"));
            // 10 MB is PgHero's floor for unused indexes; this table's are smaller
            assertThat(defaults.findings()).noneMatch(x -> x.ruleId().equals("unused-index"));
        }
    }

    @Test
    void withoutPgStatStatementsItSaysSo() {
        try (Database db = Database.connect(Shop.pg17())) {
            CatalogueReport r = new CatalogueCheck(db, SMALL, Duration.ofSeconds(10)).check();
            assertThat(r.notes()).anyMatch(n -> n.contains("pg_stat_statements is not created"));
            assertThat(r.catalogue().indexes()).extracting(TableIndex::name).contains("orders_pending_created");
        }
    }
}
