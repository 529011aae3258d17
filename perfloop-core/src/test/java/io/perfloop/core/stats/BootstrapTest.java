package io.perfloop.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BootstrapTest {
    private final SeededSamples samples = new SeededSamples(11);
    private final double[] old = samples.logNormal(200, 40, 0.5);
    private final double[] slower = Arrays.stream(samples.logNormal(200, 40, 0.5)).map(x -> x * 1.5).toArray();

    @Test
    void sameSeed_sameInterval_otherSeed_otherInterval() {
        Bootstrap bootstrap = Bootstrap.defaults();
        BootstrapInterval first = bootstrap.quantileRatio(old, slower, 0.99);
        assertThat(bootstrap.quantileRatio(old, slower, 0.99)).isEqualTo(first);
        assertThat(new Bootstrap(Bootstrap.DEFAULT_SEED, 2000, 0.95).quantileRatio(old.clone(), slower.clone(), 0.99))
                .isEqualTo(first);
        // the median (not p99, whose resamples take only a few distinct values) shows the seed matters
        BootstrapInterval median = bootstrap.quantileRatio(old, slower, 0.5);
        BootstrapInterval otherSeed = bootstrap.withSeed(12345).quantileRatio(old, slower, 0.5);
        assertThat(otherSeed.estimate()).isEqualTo(median.estimate());
        assertThat(new double[] {otherSeed.lower(), otherSeed.upper()})
                .isNotEqualTo(new double[] {median.lower(), median.upper()});
    }

    @Test
    void ratioOfP99_estimateAndInterval() {
        BootstrapInterval r = Bootstrap.defaults().quantileRatio(old, slower, 0.99);
        assertThat(r.estimate()).isEqualTo(Quantiles.of(slower, 0.99) / Quantiles.of(old, 0.99));
        assertThat(r.lower()).isLessThan(r.estimate());
        assertThat(r.upper()).isGreaterThan(r.estimate());
        assertThat(r.iterations()).isEqualTo(2000);
        // p99 of 200 values rests on two or three of them: the interval is wide, but must hold 1.5
        assertThat(r.contains(1.5)).isTrue();
    }

    @Test
    void differenceOfMedians_sameSampleContainsZero() {
        BootstrapInterval d = Bootstrap.defaults().quantileDifference(old, old, 0.5);
        assertThat(d.estimate()).isZero();
        assertThat(d.contains(0)).isTrue();
        BootstrapInterval shifted = Bootstrap.defaults().quantileDifference(old, slower, 0.5);
        assertThat(shifted.lower()).isPositive();
    }

    /** The counting shortcut must give exactly the quantile of the explicitly built resample. */
    @ParameterizedTest(name = "n={0} q={1}")
    @CsvSource({"1,0.5", "2,0.99", "7,0.5", "50,0.99", "50,0.0", "50,1.0", "333,0.25", "1000,0.999"})
    void resampledQuantile_equalsExplicitResample(int n, double q) {
        double[] sorted = samples.discrete(n, Math.max(2, n / 3));
        Arrays.sort(sorted);
        for (long seed = 0; seed < 20; seed++) {
            SplittableRandom explicit = new SplittableRandom(seed);
            double[] resample = IntStream.range(0, n).mapToDouble(i -> sorted[explicit.nextInt(n)]).toArray();
            Arrays.sort(resample);
            double viaCounts = Bootstrap.resampledQuantile(sorted, new int[n], q, new SplittableRandom(seed));
            assertThat(viaCounts).isCloseTo(Quantiles.ofSorted(resample, q), within(1e-12));
        }
    }

    @Test
    void zeroDenominator_givesUndefinedBounds() {
        BootstrapInterval r = Bootstrap.defaults().quantileRatio(new double[] {0, 0, 0, 1}, new double[] {1, 2, 3}, 0.5);
        assertThat(r.defined()).isFalse();
    }

    @Test
    void badSettingsAndInput_areNamed() {
        assertThatThrownBy(() -> new Bootstrap(1, 10, 0.95)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("iterations must be between 100 and 100000, was 10");
        assertThatThrownBy(() -> new Bootstrap(1, 1_000_000, 0.95)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Bootstrap(1, 2000, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("confidence");
        assertThatThrownBy(() -> Bootstrap.defaults().quantileRatio(new double[0], old, 0.99))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("first sample (a) are empty");
        assertThatThrownBy(() -> Bootstrap.defaults().quantileRatio(old, new double[] {Double.NaN}, 0.99))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN at index 0");
        assertThatThrownBy(() -> Bootstrap.defaults().quantileRatio(old, old, 99))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quantile must be between 0 and 1");
    }
}
