package io.perfloop.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MedianIntervalTest {

    @Test
    void fiveValues_tooFewFor95() {
        MedianInterval m = MedianInterval.of(new double[] {5, 1, 4, 2, 3}, 0.95);
        assertThat(m.determined()).isFalse();
        assertThat(m.median()).isEqualTo(3);
        assertThat(m.lower()).isNaN();
        assertThat(m.upper()).isNaN();
        assertThat(MedianInterval.minimumSampleSize(0.95)).isEqualTo(6);
    }

    @Test
    void sixValues_minToMax() {
        MedianInterval m = MedianInterval.of(new double[] {6, 1, 5, 2, 4, 3}, 0.95);
        assertThat(m.determined()).isTrue();
        assertThat(m.lower()).isEqualTo(1);
        assertThat(m.upper()).isEqualTo(6);
        assertThat(m.coverage()).isCloseTo(1 - 2 / 64.0, within(1e-12));
    }

    /** Textbook (e.g. Conover, table A3): for n = 30 the 95 % interval is [x(10), x(21)], coverage 0.9572. */
    @Test
    void thirtyValues_ranks10And21() {
        double[] x = IntStream.rangeClosed(1, 30).mapToDouble(i -> i * 1.5).toArray();
        MedianInterval m = MedianInterval.of(x, 0.95);
        assertThat(m.lower()).isEqualTo(10 * 1.5);
        assertThat(m.upper()).isEqualTo(21 * 1.5);
        assertThat(m.coverage()).isCloseTo(0.9572260547429323, within(1e-12));
    }

    /** Coverage must never fall below the requested level, for any n. */
    @Test
    void achievedCoverageIsAtLeastRequested() {
        for (int n = 1; n <= 400; n++) {
            double[] x = IntStream.range(0, n).asDoubleStream().toArray();
            for (double level : new double[] {0.8, 0.9, 0.95, 0.99}) {
                MedianInterval m = MedianInterval.of(x, level);
                assertThat(m.determined()).isEqualTo(n >= MedianInterval.minimumSampleSize(level));
                if (m.determined()) {
                    assertThat(m.coverage()).isGreaterThanOrEqualTo(level);
                    assertThat(m.lower()).isLessThanOrEqualTo(m.median());
                    assertThat(m.upper()).isGreaterThanOrEqualTo(m.median());
                }
            }
        }
    }

    /** 1000 seeded skewed samples of n = 30: the interval covers the true median ~95.7 % of the time. */
    @ParameterizedTest(name = "n={0}")
    @ValueSource(ints = {8, 30, 101})
    void coverageSimulation(int n) {
        SeededSamples samples = new SeededSamples(n);
        double trueMedian = Math.log(2);
        int trials = 1000;
        double achieved = MedianInterval.of(new double[n], 0.95).coverage();
        long covered = IntStream.range(0, trials)
                .mapToObj(i -> MedianInterval.of(samples.exponential(n), 0.95))
                .filter(m -> m.lower() <= trueMedian && trueMedian <= m.upper())
                .count();
        assertThat(covered).isBetween((long) SeededSamples.lowerBound(trials, achieved, 0.001),
                (long) SeededSamples.upperBound(trials, achieved, 0.001));
    }

    @Test
    void badInput_isNamed() {
        assertThatThrownBy(() -> MedianInterval.of(new double[0], 0.95)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> MedianInterval.of(new double[] {1, Double.NaN}, 0.95))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN at index 1");
        assertThatThrownBy(() -> MedianInterval.of(new double[] {1}, 1.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("confidence");
        assertThatThrownBy(() -> MedianInterval.of(new double[] {1}, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("confidence");
    }
}
