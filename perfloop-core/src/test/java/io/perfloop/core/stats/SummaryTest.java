package io.perfloop.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SummaryTest {

    /** NumPy 1.x/2.x {@code percentile} (linear, = R type 7) of 1..10: 3.25 5.5 7.75 9.1 9.55 9.91. */
    @Test
    void oneToTen_matchesNumpy() {
        Summary s = Summary.of(new double[] {10, 9, 8, 7, 6, 5, 4, 3, 2, 1});
        assertThat(s.n()).isEqualTo(10);
        assertThat(s.min()).isEqualTo(1);
        assertThat(s.max()).isEqualTo(10);
        assertThat(s.mean()).isEqualTo(5.5);
        assertThat(s.stddev()).isCloseTo(3.0276503540974917, within(1e-12));
        assertThat(s.median()).isEqualTo(5.5);
        assertThat(s.q1()).isCloseTo(3.25, within(1e-12));
        assertThat(s.q3()).isCloseTo(7.75, within(1e-12));
        assertThat(s.iqr()).isCloseTo(4.5, within(1e-12));
        assertThat(s.p90()).isCloseTo(9.1, within(1e-12));
        assertThat(s.p95()).isCloseTo(9.55, within(1e-12));
        assertThat(s.p99()).isCloseTo(9.91, within(1e-12));
    }

    @Test
    void singleValue() {
        Summary s = Summary.of(new double[] {42});
        assertThat(s.stddev()).isZero();
        assertThat(s.p99()).isEqualTo(42);
        assertThat(s.iqr()).isZero();
    }

    /** Values around 1e9 with spread 1: a naive sum-of-squares variance loses all digits here. */
    @Test
    void largeOffset_keepsPrecision() {
        Summary s = Summary.of(new double[] {1e9 + 1, 1e9 + 2, 1e9 + 3, 1e9 + 4});
        assertThat(s.stddev()).isCloseTo(Math.sqrt(5.0 / 3), within(1e-9));
    }

    @Test
    void quantileBounds() {
        assertThat(Quantiles.of(new double[] {3, 1, 2}, 0)).isEqualTo(1);
        assertThat(Quantiles.of(new double[] {3, 1, 2}, 1)).isEqualTo(3);
        assertThatThrownBy(() -> Quantiles.of(new double[] {1}, 1.01)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("quantile probability must be between 0 and 1, was 1.01");
    }

    @Test
    void badInput_isNamed() {
        assertThatThrownBy(() -> Summary.of(new double[0])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("samples are empty");
        assertThatThrownBy(() -> Summary.of(new double[] {1, 2, Double.POSITIVE_INFINITY}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Infinity at index 2");
    }
}
