package io.perfloop.jdbc.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FingerprintCacheTest {

    private static List<String> statements(int count, long seed) {
        Random random = new Random(seed);
        ShapeRenderer renderer = new ShapeRenderer(random, SqlDialect.STANDARD);
        List<String> sql = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sql.add(renderer.render(StatementShape.random(random)));
        }
        return sql;
    }

    @Test
    void answersExactlyWhatTheLexerAnswers() {
        FingerprintCache cache = new FingerprintCache(SqlDialect.STANDARD, 10_000, 1000);
        for (String sql : statements(300, 1)) {
            assertThat(cache.fingerprint(sql)).isEqualTo(SqlFingerprint.of(sql, SqlDialect.STANDARD, 10_000));
            assertThat(cache.fingerprint(sql)).isEqualTo(SqlFingerprint.of(sql, SqlDialect.STANDARD, 10_000));
        }
    }

    @Test
    void aRepeatedStatementIsServedFromTheCache() {
        FingerprintCache cache = new FingerprintCache(SqlDialect.STANDARD, 4096, 10);
        String sql = "select o1_0.id from orders o1_0 where o1_0.id=?";
        String first = cache.fingerprint(sql);
        assertThat(cache.fingerprint(new String(sql.toCharArray()))).isSameAs(first);
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void staysWithinItsCapacity() {
        FingerprintCache cache = new FingerprintCache(SqlDialect.STANDARD, 4096, 25);
        for (int i = 0; i < 1000; i++) {
            cache.fingerprint("select * from t where id = " + i);
            assertThat(cache.size()).isLessThanOrEqualTo(25);
        }
    }

    @Test
    void doesNotKeepStatementsLongerThanMaxLength() {
        FingerprintCache cache = new FingerprintCache(SqlDialect.MYSQL, 10, 10);
        assertThat(cache.fingerprint("select \"x\" from a_long_table")).isEqualTo("select ?" + SqlFingerprint.TRUNCATION_MARKER);
        assertThat(cache.size()).isZero();
        assertThat(cache.fingerprint(null)).isEmpty();
    }

    @Test
    void rejectsNonsenseSettings() {
        assertThatThrownBy(() -> new FingerprintCache(null, -1, 10)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("maxLength");
        assertThatThrownBy(() -> new FingerprintCache(null, 10, 0)).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("capacity");
    }

    @Test
    void concurrentUseGivesTheLexersAnswers() throws Exception {
        List<String> pool = statements(100, 2);
        FingerprintCache cache = new FingerprintCache(SqlDialect.STANDARD, 100_000, 40);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                long seed = t;
                results.add(threads.submit(() -> {
                    Random random = new Random(seed);
                    int checked = 0;
                    for (int i = 0; i < 3000; i++) {
                        String sql = pool.get(random.nextInt(pool.size()));
                        assertThat(cache.fingerprint(sql)).isEqualTo(SqlFingerprint.of(sql));
                        checked++;
                    }
                    return checked;
                }));
            }
            for (Future<Integer> result : results) {
                assertThat(result.get(60, TimeUnit.SECONDS)).isEqualTo(3000);
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
