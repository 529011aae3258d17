package io.perfloop.core.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.perfloop.core.stats.SeededSamples;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ComparisonTest {
    private static final Metric LATENCY = Metric.lowerIsBetter("latency p50", "ms");
    private static final Metric THROUGHPUT = Metric.higherIsBetter("throughput", "req/s");

    @Test
    void identicalRuns_noChange() {
        double[] windows = new SeededSamples(1).logNormal(30, 40, 0.2);
        ComparisonResult result = Comparison.of(List.of(MetricSamples.of(LATENCY, windows, windows)));
        MetricVerdict v = result.verdicts().get(0);
        assertThat(v.verdict()).isEqualTo(Verdict.NO_CHANGE);
        assertThat(v.pRaw()).isEqualTo(1.0);
        assertThat(v.deltaPercent()).isZero();
        assertThat(v.warnings()).isEmpty();
        assertThat(result.failed()).isFalse();
    }

    /** Every direction × every way of moving: the verdict must follow "which way is better". */
    @ParameterizedTest(name = "{0} x{1} -> {2}")
    @MethodSource("directionMatrix")
    void verdictFollowsDirection(Direction direction, double factor, Verdict expected) {
        SeededSamples samples = new SeededSamples(7);
        Metric metric = new Metric("m", "u", direction, false);
        double[] old = samples.logNormal(30, 100, 0.1);
        double[] changed = Arrays.stream(samples.logNormal(30, 100, 0.1)).map(x -> x * factor).toArray();
        MetricVerdict v = Comparison.of(List.of(MetricSamples.of(metric, old, changed))).verdicts().get(0);
        assertThat(v.verdict()).isEqualTo(expected);
        if (expected != Verdict.NO_CHANGE) {
            assertThat(v.deltaPercent()).isCloseTo((factor - 1) * 100, within(6.0));
        }
    }

    static Stream<Arguments> directionMatrix() {
        return Stream.of(
                Arguments.of(Direction.LOWER_IS_BETTER, 1.3, Verdict.REGRESSED),
                Arguments.of(Direction.LOWER_IS_BETTER, 0.7, Verdict.IMPROVED),
                Arguments.of(Direction.LOWER_IS_BETTER, 1.0, Verdict.NO_CHANGE),
                Arguments.of(Direction.HIGHER_IS_BETTER, 1.3, Verdict.IMPROVED),
                Arguments.of(Direction.HIGHER_IS_BETTER, 0.7, Verdict.REGRESSED),
                Arguments.of(Direction.HIGHER_IS_BETTER, 1.0, Verdict.NO_CHANGE));
    }

    @Test
    void threeRepetitions_insufficientData_leftOutOfFamily() {
        SeededSamples samples = new SeededSamples(3);
        ComparisonResult result = Comparison.of(List.of(
                MetricSamples.of(LATENCY, new double[] {10, 11, 12}, new double[] {20, 21, 22}),
                MetricSamples.of(THROUGHPUT, samples.normal(30, 100, 5), samples.normal(30, 120, 5))));
        MetricVerdict few = result.verdicts().get(0);
        assertThat(few.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
        assertThat(few.pRaw()).isCloseTo(0.1, within(1e-12));
        assertThat(few.pAdjusted()).isNaN();
        assertThat(few.warnings()).anyMatch(w -> w.contains("smallest possible p is 0.100") && w.contains("need at least 4"));
        assertThat(few.warnings()).anyMatch(w -> w.contains("fewer than 6 values"));
        MetricVerdict throughput = result.verdicts().get(1);
        assertThat(throughput.verdict()).isEqualTo(Verdict.IMPROVED);
        assertThat(throughput.pAdjusted()).isEqualTo(throughput.pRaw()); // a family of one
    }

    @Test
    void fourRepetitions_completeSeparation_decides() {
        MetricVerdict v = Comparison.of(List.of(
                MetricSamples.of(LATENCY, new double[] {10, 11, 12, 13}, new double[] {20, 21, 22, 23}))).verdicts().get(0);
        assertThat(v.verdict()).isEqualTo(Verdict.REGRESSED);
        assertThat(v.pRaw()).isCloseTo(2.0 / 70, within(1e-12));
    }

    /** Two endpoints, each 4 vs 4 fully separated (p = 0.0286): one family halves nothing, per group it decides. */
    @Test
    void holmFamily_comparisonVersusGroup() {
        List<MetricSamples> metrics = List.of(
                MetricSamples.of(LATENCY, new double[] {10, 11, 12, 13}, new double[] {20, 21, 22, 23}).inGroup("GET /a"),
                MetricSamples.of(LATENCY, new double[] {10, 11, 12, 13}, new double[] {20, 21, 22, 23}).inGroup("GET /b"));
        ComparisonResult whole = Comparison.of(metrics);
        assertThat(whole.verdicts()).allMatch(v -> v.verdict() == Verdict.NO_CHANGE);
        assertThat(whole.verdicts()).allMatch(v -> Math.abs(v.pAdjusted() - 4.0 / 70) < 1e-12);
        assertThat(whole.verdicts().get(0).warnings()).anyMatch(w -> w.contains("few samples for 2 metrics"));
        ComparisonResult perGroup = Comparison.of(metrics, ComparisonOptions.defaults().withFamily(HolmFamily.GROUP));
        assertThat(perGroup.verdicts()).allMatch(v -> v.verdict() == Verdict.REGRESSED);
        assertThat(perGroup.groups()).containsExactly("GET /a", "GET /b");
        assertThat(perGroup.inGroup("GET /b")).hasSize(1);
    }

    @Test
    void tailMetric_getsBootstrapDeltaInterval_othersDoNot() {
        SeededSamples samples = new SeededSamples(5);
        double[] oldP99 = samples.logNormal(60, 200, 0.3);
        double[] newP99 = Arrays.stream(samples.logNormal(60, 200, 0.3)).map(x -> x * 1.25).toArray();
        List<MetricSamples> metrics = List.of(
                MetricSamples.of(Metric.lowerIsBetter("latency p99", "ms").asTail(), oldP99, newP99),
                MetricSamples.of(LATENCY, oldP99, newP99));
        ComparisonResult result = Comparison.of(metrics);
        MetricVerdict tail = result.verdicts().get(0);
        assertThat(tail.deltaInterval()).isNotNull();
        assertThat(tail.deltaInterval().estimate()).isEqualTo(tail.deltaPercent());
        assertThat(tail.deltaInterval().contains(tail.deltaPercent())).isTrue();
        assertThat(tail.deltaInterval().lower()).isPositive(); // a 25 % slowdown is clearly out of noise at n = 60
        assertThat(result.verdicts().get(1).deltaInterval()).isNull();
        assertThat(Comparison.of(metrics).verdicts().get(0)).isEqualTo(tail); // seeded: the same every time
    }

    @Test
    void regressionsBeyond_threshold() {
        SeededSamples samples = new SeededSamples(8);
        double[] base = samples.logNormal(40, 100, 0.02);
        List<MetricSamples> metrics = List.of(
                MetricSamples.of(Metric.lowerIsBetter("small", "ms"), base, scaled(samples.logNormal(40, 100, 0.02), 1.05)),
                MetricSamples.of(Metric.lowerIsBetter("large", "ms"), base, scaled(samples.logNormal(40, 100, 0.02), 1.30)),
                MetricSamples.of(Metric.higherIsBetter("throughput", "req/s"), base, scaled(base, 1.30)));
        ComparisonResult result = Comparison.of(metrics, ComparisonOptions.defaults().withFailOnPercent(10));
        assertThat(result.withVerdict(Verdict.REGRESSED)).extracting(v -> v.metric().name()).containsExactly("small", "large");
        assertThat(result.regressionsBeyond(10)).extracting(v -> v.metric().name()).containsExactly("large");
        assertThat(result.regressionsBeyond(0)).hasSize(2);
        assertThat(result.regressionsBeyond(50)).isEmpty();
        assertThat(result.failed()).isTrue();
        assertThat(Comparison.of(metrics, ComparisonOptions.defaults().withFailOnPercent(40)).failed()).isFalse();
    }

    @Test
    void oldMedianZero_deltaInfinite_warned() {
        Metric errors = Metric.lowerIsBetter("errors", "count");
        MetricVerdict v = Comparison.of(List.of(MetricSamples.of(errors, new double[10], new double[] {
            3, 4, 5, 3, 4, 5, 3, 4, 5, 6}))).verdicts().get(0);
        assertThat(v.verdict()).isEqualTo(Verdict.REGRESSED);
        assertThat(v.deltaPercent()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(v.warnings()).anyMatch(w -> w.contains("old median is 0"));
    }

    /**
     * 1000 seeded A/A comparisons of five independent metrics at n = 30: each test alone fires ~5 %
     * of the time, "some metric fired" ~23 % uncorrected, and Holm keeps that family-wise rate ≤ 5 %.
     */
    @Test
    void aaSimulation_holmKeepsFamilyWiseRate() {
        SeededSamples samples = new SeededSamples(31337);
        int comparisons = 1000;
        int metricsPer = 5;
        int rawPositives = 0;
        int familiesWithRawPositive = 0;
        int familiesWithVerdict = 0;
        for (int c = 0; c < comparisons; c++) {
            List<MetricSamples> metrics = new ArrayList<>();
            for (int m = 0; m < metricsPer; m++) {
                metrics.add(MetricSamples.of(Metric.lowerIsBetter("m" + m, "ms"),
                        samples.logNormal(30, 50, 0.3), samples.logNormal(30, 50, 0.3)));
            }
            List<MetricVerdict> verdicts = Comparison.of(metrics).verdicts();
            long raw = verdicts.stream().filter(v -> v.pRaw() <= 0.05).count();
            rawPositives += (int) raw;
            familiesWithRawPositive += raw > 0 ? 1 : 0;
            familiesWithVerdict += verdicts.stream().anyMatch(v -> v.verdict() != Verdict.NO_CHANGE) ? 1 : 0;
        }
        int tests = comparisons * metricsPer;
        assertThat(rawPositives).isBetween(SeededSamples.lowerBound(tests, 0.05, 0.001),
                SeededSamples.upperBound(tests, 0.05, 0.001));
        assertThat(familiesWithRawPositive).isGreaterThan(SeededSamples.lowerBound(comparisons, 1 - Math.pow(0.95, 5), 0.001));
        assertThat(familiesWithVerdict).isLessThanOrEqualTo(SeededSamples.upperBound(comparisons, 0.05, 0.001));
    }

    @Test
    void badInput_namesTheMetric() {
        assertThatThrownBy(() -> MetricSamples.of(LATENCY, new double[0], new double[] {1}).inGroup("GET /x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("old samples of 'latency p50' are empty");
        assertThatThrownBy(() -> new MetricSamples("GET /orders", LATENCY, new double[] {1}, new double[] {1, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("new samples of 'GET /orders latency p50' contain NaN at index 1");
        assertThatThrownBy(() -> Comparison.of(List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nothing to compare");
        MetricSamples once = MetricSamples.of(LATENCY, new double[] {1}, new double[] {2}).inGroup("GET /a");
        assertThatThrownBy(() -> Comparison.of(List.of(once, once)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'latency p50' appears twice in group 'GET /a'");
        assertThatThrownBy(() -> ComparisonOptions.defaults().withAlpha(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alpha");
        assertThatThrownBy(() -> ComparisonOptions.defaults().withFailOnPercent(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("failOnPercent");
        assertThatThrownBy(() -> ComparisonOptions.defaults().withMinEffectPercent(-2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minEffectPercent");
        assertThatThrownBy(() -> Metric.lowerIsBetter(" ", "ms")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void samplesAreCopied() {
        double[] old = {1, 2, 3};
        MetricSamples samples = MetricSamples.of(LATENCY, old, old);
        old[0] = 99;
        assertThat(samples.oldSamples()).containsExactly(1, 2, 3);
        samples.newSamples()[0] = 99;
        assertThat(samples.newSamples()).containsExactly(1, 2, 3);
        assertThat(samples).isEqualTo(MetricSamples.of(LATENCY, new double[] {1, 2, 3}, new double[] {1, 2, 3}));
    }

    /** A real but tiny change: significant, yet below the 2 % floor, so "~" with the test's verdict in a note. */
    @Test
    void minEffect_significantButTinyChange_isNoChangeWithNote() {
        SeededSamples samples = new SeededSamples(11);
        List<MetricSamples> metrics = List.of(MetricSamples.of(LATENCY,
                samples.logNormal(60, 100, 0.005), samples.logNormal(60, 101, 0.005)));
        MetricVerdict floored = Comparison.of(metrics).verdicts().get(0);
        assertThat(floored.pAdjusted()).isLessThan(0.001);
        assertThat(floored.deltaPercent()).isBetween(0.5, 1.5);
        assertThat(floored.verdict()).isEqualTo(Verdict.NO_CHANGE);
        assertThat(floored.warnings().get(0)).startsWith("REGRESSED +1.")
                .contains("is significant (p holm < 0.001) but smaller than the minimum effect of 2%");
        MetricVerdict everything = Comparison.of(metrics, ComparisonOptions.defaults().withMinEffectPercent(0)).verdicts().get(0);
        assertThat(everything.verdict()).isEqualTo(Verdict.REGRESSED);
        assertThat(everything.warnings()).isEmpty();
        assertThat(Comparison.of(metrics, ComparisonOptions.defaults().withMinEffectPercent(0.5)).verdicts().get(0).verdict())
                .isEqualTo(Verdict.REGRESSED);
        assertThat(Comparison.of(metrics, ComparisonOptions.defaults().withFailOnPercent(0)).failed()).isFalse();
    }

    /**
     * A deterministic count that did not move (101 statements per request in every window of both
     * runs) is no change with p = 1 and stays out of the Holm family, so it does not dilute the
     * metric that did move; the same count going 101 -> 2 is a clear improvement.
     */
    @Test
    void deterministicCounts_sameIsNoChangeOutsideTheFamily_fewerIsImproved() {
        double[] same = new double[20];
        Arrays.fill(same, 101);
        double[] fixed = new double[20];
        Arrays.fill(fixed, 2);
        // 6 vs 6 fully separated: p = 0.0022, significant alone, not when Holm counts a second metric twice over
        MetricSamples moved = MetricSamples.of(LATENCY, new double[] {20, 21, 22, 23, 24, 25}, new double[] {10, 11, 12, 13, 14, 15});
        List<MetricSamples> metrics = new ArrayList<>(List.of(moved));
        for (int i = 0; i < 30; i++) {
            metrics.add(MetricSamples.of(Metric.lowerIsBetter("statements " + i, "count"), same, same));
        }
        ComparisonResult result = Comparison.of(metrics);
        assertThat(result.verdicts().get(0).verdict()).isEqualTo(Verdict.IMPROVED);
        assertThat(result.verdicts().get(0).pAdjusted()).isEqualTo(result.verdicts().get(0).pRaw());
        for (MetricVerdict constant : result.verdicts().subList(1, metrics.size())) {
            assertThat(constant.verdict()).isEqualTo(Verdict.NO_CHANGE);
            assertThat(constant.pRaw()).isEqualTo(1.0);
            assertThat(constant.pAdjusted()).isEqualTo(1.0);
            assertThat(constant.deltaPercent()).isZero();
            assertThat(constant.warnings()).isEmpty();
        }
        MetricVerdict fewer = Comparison.of(List.of(MetricSamples.of(Metric.lowerIsBetter("statements", "count"), same, fixed)))
                .verdicts().get(0);
        assertThat(fewer.verdict()).isEqualTo(Verdict.IMPROVED);
        assertThat(fewer.deltaPercent()).isCloseTo((2.0 / 101 - 1) * 100, within(1e-9));
        // not constant: two values that are each constant but differ stay in the family (p is tiny, not 1)
        assertThat(fewer.pAdjusted()).isLessThan(1e-6);
    }

    private static double[] scaled(double[] x, double factor) {
        return Arrays.stream(x).map(v -> v * factor).toArray();
    }
}
