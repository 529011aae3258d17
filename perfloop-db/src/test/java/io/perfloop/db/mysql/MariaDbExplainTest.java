package io.perfloop.db.mysql;

import io.perfloop.core.finding.Finding;
import io.perfloop.db.Database;
import io.perfloop.db.catalogue.CatalogueCheck;
import io.perfloop.db.catalogue.CatalogueReport;
import io.perfloop.db.explain.ExplainOptions;
import io.perfloop.db.explain.ExplainReport;
import io.perfloop.db.explain.Explainer;
import io.perfloop.core.finding.RuleConfig;
import io.perfloop.testdb.LocalDatabases;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The MariaDB rules on the local MariaDB, one positive and one negative case each, from real
 * {@code ANALYZE FORMAT=JSON} / {@code EXPLAIN FORMAT=JSON} output over a seeded table.
 */
class MariaDbExplainTest {
    static String url;

    @BeforeAll
    static void seed() throws Exception {
        url = LocalDatabases.mariadbUrl();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS perfloop_db_orders");
            s.execute("CREATE TABLE perfloop_db_orders (id INT PRIMARY KEY, customer_id INT NOT NULL, status VARCHAR(16) NOT NULL, "
                    + "region VARCHAR(8) NOT NULL, amount DECIMAL(10,2) NOT NULL, note CHAR(32) NOT NULL, KEY perfloop_db_orders_status (status), "
                    + "KEY perfloop_db_orders_region (region)) ENGINE=InnoDB");
            s.execute("INSERT INTO perfloop_db_orders SELECT seq, 1 + (seq * 7919) % 20000, "
                    + "CASE WHEN seq % 100 < 90 THEN 'done' WHEN seq % 100 < 99 THEN 'shipped' ELSE 'cancelled' END, "
                    + "CONCAT('r', (seq * 31) % 20), ((seq * 37) % 100000) / 100.0, MD5(seq) FROM seq_1_to_100000");
            s.execute("ANALYZE TABLE perfloop_db_orders");
        }
    }

    static ExplainReport explain(String sql, Object... values) {
        try (Explainer e = Explainer.connect(url, ExplainOptions.DEFAULTS)) {
            return e.explain(sql, List.of(values));
        }
    }

    static List<Finding> findings(String rule, String sql) {
        return explain(sql).findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
    }

    @Test
    void selectIsAnalysedAndMeasured() {
        ExplainReport r = explain("select * from perfloop_db_orders where customer_id = 42");
        assertThat(r.executed()).isTrue();
        assertThat(r.mysqlPlan().analyzed()).isTrue();
        assertThat(r.mysqlPlan().tables()).singleElement().satisfies(t -> assertThat(t.actualRows()).isEqualTo(100_000));
    }

    @Test
    void deleteAndUpdateAreNeverExecuted() throws Exception {
        for (String sql : List.of("delete from perfloop_db_orders", "update perfloop_db_orders set status = 'x' where id < 50000")) {
            ExplainReport r = explain(sql);
            assertThat(r.executed()).isFalse();
            assertThat(r.mysqlPlan().analyzed()).isFalse();
        }
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*), sum(status = 'x') from perfloop_db_orders")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(100_000);
            assertThat(rs.getLong(2)).isZero();
        }
    }

    @Test
    void fullTableScan_positive() {
        assertThat(findings("full-table-scan", "select * from perfloop_db_orders where customer_id = 42")).hasSize(1);
    }

    @Test
    void fullTableScan_negative_primaryKey() {
        assertThat(findings("full-table-scan", "select * from perfloop_db_orders where id = 42")).isEmpty();
    }

    @Test
    void possibleKeysUnused_positive_typeMismatchDefeatsTheIndex() {
        // region is VARCHAR: comparing it with a number converts every row, the index cannot serve it
        List<Finding> f = findings("possible-keys-unused", "select * from perfloop_db_orders where region = 3");
        assertThat(f).hasSize(1);
        assertThat(f.get(0).evidence().get("possible keys").toString()).contains("perfloop_db_orders_region");
    }

    @Test
    void possibleKeysUnused_negative_rareValueUsesTheIndex() {
        assertThat(findings("possible-keys-unused", "select * from perfloop_db_orders where status = 'cancelled'")).isEmpty();
    }

    @Test
    void possibleKeysUnused_negative_fullScanIsRightForACommonValue() {
        assertThat(findings("possible-keys-unused", "select * from perfloop_db_orders where status = 'done'")).isEmpty();
    }

    @Test
    void filesort_positive() {
        assertThat(findings("filesort", "select id from perfloop_db_orders where region = 'r3' order by note limit 10")).hasSize(1);
    }

    @Test
    void filesort_negative_orderByPrimaryKey() {
        assertThat(findings("filesort", "select id from perfloop_db_orders order by id limit 10")).isEmpty();
    }

    @Test
    void temporaryTable_positive() {
        assertThat(findings("temporary-table", "select note, count(*) from perfloop_db_orders group by note")).hasSize(1);
    }

    @Test
    void temporaryTable_negative_groupByIndexedColumn() {
        assertThat(findings("temporary-table", "select region, count(*) from perfloop_db_orders group by region")).isEmpty();
    }

    @Test
    void boundValuesAreUsed() {
        ExplainReport r = explain("select * from perfloop_db_orders where status = ?", "cancelled");
        assertThat(r.mysqlPlan().tables().get(0).key()).isEqualTo("perfloop_db_orders_status");
    }

    @Test
    void catalogueSaysWhatItCannotSee() {
        try (Database db = Database.connect(url)) {
            CatalogueReport r = new CatalogueCheck(db, RuleConfig.defaults(), Duration.ofSeconds(10)).check();
            assertThat(r.catalogue().indexes()).extracting(i -> i.name()).contains("perfloop_db_orders_status", "PRIMARY");
            if (!r.catalogue().indexUsage()) {
                assertThat(r.notes()).anyMatch(n -> n.contains("performance_schema is off"));
            }
        }
    }
}
