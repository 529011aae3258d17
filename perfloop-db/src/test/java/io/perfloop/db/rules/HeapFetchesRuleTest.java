package io.perfloop.db.rules;

import io.perfloop.core.finding.Finding;
import io.perfloop.db.Shop;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the local PostgreSQL 15: the embedded server runs with {@code synchronous_commit=off}, and
 * VACUUM cannot mark pages all-visible before the inserting commit is flushed, which makes
 * the negative case flaky there.
 */
class HeapFetchesRuleTest {
    static final String ID = "heap-fetches";
    // make the index-only scan the plan, so the test is about its heap fetches
    static final String[] FORCE = {"enable_seqscan=off", "enable_bitmapscan=off"};

    @Test
    void positive_neverVacuumedTable() {
        List<Finding> f = RuleCase.findings(Shop.withSettings(Shop.pg15(), FORCE), ID, "select id from events where kind between 10 and 30");
        assertThat(f).hasSize(1);
        assertThat(f.get(0).fix()).contains("VACUUM events");
    }

    @Test
    void negative_vacuumedCopy() {
        String url = Shop.pg15();
        Shop.execute(url, "DROP TABLE IF EXISTS events_vacuumed",
                "CREATE TABLE events_vacuumed AS SELECT * FROM events", "CREATE INDEX ON events_vacuumed (kind, id)",
                "VACUUM (FREEZE, ANALYZE) events_vacuumed");
        assertThat(Shop.count(url, "select relallvisible from pg_class where relname = 'events_vacuumed' and pg_table_is_visible(oid)")).isGreaterThan(0);
        assertThat(RuleCase.findings(Shop.withSettings(url, FORCE), ID, "select id from events_vacuumed where kind between 10 and 30")).isEmpty();
    }
}
