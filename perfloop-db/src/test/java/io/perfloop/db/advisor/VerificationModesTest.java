package io.perfloop.db.advisor;

import io.perfloop.db.Database;
import io.perfloop.db.Shop;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded PostgreSQL 17 has no hypopg: trial indexes when allowed, else honest "unverified". */
class VerificationModesTest {
    static final String SQL = "select id from orders where customer_id = 42 and status = 'done'";

    @Test
    void trialIndexWhenAllowedAndNothingRemains() {
        String url = Shop.pg17();
        long indexes = Shop.count(url, "select count(*) from pg_indexes where tablename = 'orders'");
        AdvisorResult r;
        try (Database db = Database.connect(url)) {
            r = new IndexAdvisor(db, AdvisorOptions.DEFAULTS.withAllowTrialIndex(true)).advise(SQL, List.of());
        }
        assertThat(r.verification()).isEqualTo(Verification.TRIAL_INDEX);
        assertThat(r.advice()).hasSize(1);
        assertThat(r.advice().get(0).index().keyColumns()).startsWith("customer_id");
        assertThat(r.advice().get(0).sizeBytes()).isGreaterThan(100_000);
        assertThat(r.advice().get(0).reduction()).isGreaterThan(0.9);
        assertThat(Shop.count(url, "select count(*) from pg_indexes where tablename = 'orders'")).isEqualTo(indexes);
    }

    @Test
    void unverifiedWithoutHypopgOrPermission() {
        AdvisorResult r;
        try (Database db = Database.connect(Shop.pg17())) {
            r = new IndexAdvisor(db, AdvisorOptions.DEFAULTS).advise(SQL, List.of());
        }
        assertThat(r.verification()).isEqualTo(Verification.UNVERIFIED);
        assertThat(r.advice()).hasSize(1);
        assertThat(r.advice().get(0).costAfter()).isNaN();
        assertThat(r.advice().get(0).sizeBytes()).isPositive();
        assertThat(r.notes()).anyMatch(n -> n.contains("hypopg is not installed")).anyMatch(n -> n.contains("--allow-trial-index"));
    }
}
