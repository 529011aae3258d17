package io.perfloop.db.explain;

import io.perfloop.db.DbException;
import io.perfloop.db.Shop;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code explain} never changes data, whatever it is given, and fails with clear messages. */
class ExplainSafetyTest {
    static String url;

    @BeforeAll
    static void shop() {
        url = Shop.pg17();
        Shop.execute(url, "CREATE TABLE IF NOT EXISTS victims (id int PRIMARY KEY, v text)",
                "TRUNCATE victims", "INSERT INTO victims SELECT g, 'row ' || g FROM generate_series(1, 100) g",
                "CREATE SEQUENCE IF NOT EXISTS victim_seq",
                "CREATE OR REPLACE FUNCTION wipe_victims() RETURNS int LANGUAGE plpgsql AS $$ BEGIN DELETE FROM victims; RETURN 1; END $$");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "delete from victims",
            "delete from victims where id > 0 returning *",
            "update victims set v = 'changed'",
            "insert into victims select g + 1000, 'x' from generate_series(1, 10) g",
            "with gone as (delete from victims returning id) select count(*) from gone",
            "select * from victims for update",
            "truncate victims",
            "select wipe_victims()",
            "select nextval('victim_seq')"})
    void neverChangesData(String sql) {
        long seq = Shop.count(url, "select last_value from victim_seq");
        try (Explainer e = Explainer.connect(url, ExplainOptions.DEFAULTS.withAdvise(false))) {
            try {
                ExplainReport r = e.explain(sql);
                if (!sql.startsWith("select wipe") && !sql.startsWith("select nextval")) {
                    assertThat(r.executed()).as("a statement that can write is never executed").isFalse();
                }
            } catch (DbException refused) {
                // PostgreSQL refused inside the read-only transaction (e.g. TRUNCATE has no EXPLAIN,
                // a function that deletes cannot run read-only): refusing is fine, writing is not
                assertThat(refused.getMessage()).isNotBlank();
            }
        }
        assertThat(Shop.count(url, "select count(*) from victims")).isEqualTo(100);
        assertThat(Shop.count(url, "select count(*) from victims where v like 'row %'")).isEqualTo(100);
        assertThat(Shop.count(url, "select last_value from victim_seq")).isEqualTo(seq);
    }

    @Test
    void aReadOnlyQueryIsAnalysedAndTheTransactionRolledBack() {
        try (Explainer e = Explainer.connect(url, ExplainOptions.DEFAULTS.withAdvise(false))) {
            ExplainReport r = e.explain("select count(*) from victims");
            assertThat(r.executed()).isTrue();
            assertThat(r.plan().analyzed()).isTrue();
            assertThat(r.plan().executionMillis()).isGreaterThan(0);
            ExplainReport plain = e.explain("delete from victims where id = 1");
            assertThat(plain.plan().analyzed()).isFalse();
            assertThat(plain.notes()).anyMatch(n -> n.contains("not run"));
        }
    }

    @Test
    void aSecondStatementIsRefusedBeforeAnythingRuns() {
        try (Explainer e = Explainer.connect(url, ExplainOptions.DEFAULTS)) {
            assertThatThrownBy(() -> e.explain("select 1; delete from victims")).isInstanceOf(DbException.class)
                    .hasMessageContaining("one statement");
        }
        assertThat(Shop.count(url, "select count(*) from victims")).isEqualTo(100);
    }

    @Test
    void malformedSqlIsAClearError() {
        try (Explainer e = Explainer.connect(url, ExplainOptions.DEFAULTS)) {
            assertThatThrownBy(() -> e.explain("selec * form victims")).isInstanceOf(DbException.class)
                    .hasMessageContaining("rejected the SQL").hasMessageContaining("syntax error");
            assertThatThrownBy(() -> e.explain("select * from no_such_table")).isInstanceOf(DbException.class)
                    .hasMessageContaining("no_such_table");
            // the connection is still usable after an error
            assertThat(e.explain("select 1").plan()).isNotNull();
        }
    }

    @Test
    void aSlowQueryIsCancelledByTheTimeout() {
        try (Explainer e = Explainer.connect(url, ExplainOptions.DEFAULTS.withTimeout(Duration.ofMillis(200)).withAdvise(false))) {
            assertThatThrownBy(() -> e.explain("select pg_sleep(5)")).isInstanceOf(DbException.class).hasMessageContaining("timeout");
        }
    }

    @Test
    void anUnreachableDatabaseIsAClearError() {
        assertThatThrownBy(() -> Explainer.connect("jdbc:postgresql://127.0.0.1:1/nothing?user=x&password=secret&connectTimeout=2", ExplainOptions.DEFAULTS))
                .isInstanceOf(DbException.class).hasMessageContaining("cannot connect to jdbc:postgresql://127.0.0.1:1/nothing")
                .hasMessageNotContaining("secret");
        assertThatThrownBy(() -> Explainer.connect("postgres://localhost/x", ExplainOptions.DEFAULTS))
                .isInstanceOf(DbException.class).hasMessageContaining("not a JDBC URL");
    }

    @Test
    void valuesMustMatchThePlaceholders() {
        try (Explainer e = Explainer.connect(url, ExplainOptions.DEFAULTS.withAdvise(false))) {
            assertThatThrownBy(() -> e.explain("select * from victims where id = ?", java.util.List.of("1", "2")))
                    .isInstanceOf(DbException.class).hasMessageContaining("1 ? placeholders but 2 values");
            ExplainReport r = e.explain("select * from victims where id = ? and v = ?", java.util.List.of("5", "row 5"));
            assertThat(r.executed()).isTrue();
            assertThat(r.plan().root().walk().mapToDouble(n -> n.actualRows()).max().orElse(0)).isEqualTo(1);
            assertThat(r.genericPlan()).as("notes %s", r.notes()).isNotNull();
        }
    }
}
