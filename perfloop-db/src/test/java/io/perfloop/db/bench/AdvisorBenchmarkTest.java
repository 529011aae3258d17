package io.perfloop.db.bench;

import io.perfloop.db.Shop;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's quality targets on a quick subset (one query of each kind), so a change to the
 * advisor that loses quality fails the build; the full set runs with {@code bench/advisor-benchmark.sh}.
 * No timing is asserted.
 */
class AdvisorBenchmarkTest {

    @Test
    void advisorReachesNinetyPercentOfTheBestOnEveryQueryAndBeatsDexter() {
        List<AdvisorBenchmark.Row> rows = AdvisorBenchmark.run(Shop.pg15WithHypopg(), BenchQueries.QUICK);
        assertThat(rows).allSatisfy(r -> assertThat(r.ratio()).as("%s: advisor %s, best %s", r.sql(), r.advisorIndexes(), r.bestIndexes())
                .isGreaterThanOrEqualTo(0.9));
        assertThat(rows).allSatisfy(r -> assertThat(r.advisorReduction()).as(r.sql()).isGreaterThanOrEqualTo(r.dexterReduction() - 0.005));
        assertThat(rows.stream().mapToDouble(AdvisorBenchmark.Row::advisorReduction).sum())
                .isGreaterThan(rows.stream().mapToDouble(AdvisorBenchmark.Row::dexterReduction).sum());
    }
}
