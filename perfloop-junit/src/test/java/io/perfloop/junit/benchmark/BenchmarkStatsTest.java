package io.perfloop.junit.benchmark;

import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BenchmarkStatsTest {
    @Test
    void pytestStatistics_onASmallSample() {
        // 1..9 and one far outlier: q1 = 3.25, q3 = 7.75 (type 7), IQR 4.5, fences -3.5 and 14.5
        double[] rounds = {1, 2, 3, 4, 5, 6, 7, 8, 9, 100};
        BenchmarkStats s = BenchmarkStats.of(rounds, 10);

        assertThat(s.min()).isEqualTo(1);
        assertThat(s.max()).isEqualTo(100);
        assertThat(s.mean()).isEqualTo(14.5);
        assertThat(s.median()).isEqualTo(5.5);
        assertThat(s.q1()).isEqualTo(3.25);
        assertThat(s.q3()).isEqualTo(7.75);
        assertThat(s.iqr()).isEqualTo(4.5);
        assertThat(s.iqrOutliers()).isEqualTo(1);
        assertThat(s.stddevOutliers()).isEqualTo(1);   // stddev 30.2: only 100 lies outside 14.5 ± 30.2
        assertThat(s.outliers()).isEqualTo("1;1");
        assertThat(s.ld15iqr()).isEqualTo(1);
        assertThat(s.hd15iqr()).isEqualTo(9);
        assertThat(s.ops()).isEqualTo(1 / 14.5);
        assertThat(s.total()).isEqualTo(145 * 10);
        assertThat(s.rounds()).isEqualTo(10);
        assertThat(s.iterations()).isEqualTo(10);
    }

    @Test
    void meanError_isJmhsStudentTInterval() {
        double[] rounds = {10, 12, 11, 13, 9};   // five rounds, so five blocks
        BenchmarkStats s = BenchmarkStats.of(rounds, 1);
        double sd = Math.sqrt(2.5);
        double t = new TDistribution(4).inverseCumulativeProbability(0.9995);   // 8.610
        assertThat(s.meanError()).isCloseTo(t * sd / Math.sqrt(5), within(1e-12));
        assertThat(BenchmarkStats.of(new double[] {3}, 1).meanError()).isNaN();
    }

    @Test
    void manyRounds_areGroupedIntoThirtyBlocksForTheErrorAndTheSamples() {
        double[] rounds = IntStream.range(0, 3000).mapToDouble(i -> i < 1500 ? 1 : 2).toArray();
        BenchmarkStats s = BenchmarkStats.of(rounds, 1);
        // 15 blocks of 1, 15 of 2: sd of the block means 0.5085, t(29) 3.659
        double t = new TDistribution(29).inverseCumulativeProbability(0.9995);
        assertThat(s.meanError()).isCloseTo(t * Math.sqrt(30 * 0.25 / 29) / Math.sqrt(30), within(1e-12));
        assertThat(io.perfloop.junit.benchmark.internal.Blocks.medians(rounds)).hasSize(30).startsWith(1, 1).endsWith(2, 2);
    }
}
