package io.perfloop.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.perfloop.core.stats.MannWhitneyResult.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class MannWhitneyTest {

    /**
     * Hollander &amp; Wolfe's permeability data, the example of R's {@code ?wilcox.test}:
     * {@code wilcox.test(x, y)} prints W = 35, p-value = 0.2544 (SciPy 1.17.1, method='exact':
     * 0.2544122544122544).
     */
    @Test
    void textbook_hollanderWolfe_exact() {
        double[] x = {0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46};
        double[] y = {1.15, 0.88, 0.90, 0.74, 1.21};
        MannWhitneyResult r = MannWhitney.test(x, y);
        assertThat(r.u()).isEqualTo(35.0);
        assertThat(r.uMin()).isEqualTo(15.0);
        assertThat(r.method()).isEqualTo(Method.EXACT);
        assertThat(r.p()).isCloseTo(0.2544122544122544, within(1e-12));
    }

    @Test
    void completeSeparation_threeEach_cannotReachFivePercent() {
        MannWhitneyResult r = MannWhitney.test(new double[] {1, 2, 3}, new double[] {4, 5, 6});
        assertThat(r.p()).isCloseTo(0.1, within(1e-12)); // 2 / C(6,3)
        assertThat(r.rankBiserial()).isEqualTo(1.0);
        assertThat(MannWhitney.smallestPossibleP(3, 3)).isCloseTo(r.p(), within(1e-12));
    }

    @Test
    void completeSeparation_fourEach_isSignificant() {
        MannWhitneyResult r = MannWhitney.test(new double[] {5, 6, 7, 8}, new double[] {1, 2, 3, 4});
        assertThat(r.p()).isCloseTo(2.0 / 70, within(1e-12));
        assertThat(r.rankBiserial()).isEqualTo(-1.0);
        assertThat(r.hodgesLehmannShift()).isEqualTo(-4.0);
    }

    /** Exact tables: two-sided α = 0.05 critical values of U for n1 = n2 = n (U ≤ critical is significant). */
    @ParameterizedTest(name = "n={0} critical U={1}")
    @CsvSource({"5,2", "6,5", "7,8", "8,13", "9,17", "10,23", "11,30", "12,37", "13,45", "14,55", "15,64",
        "16,75", "17,87", "18,99", "19,113", "20,127"})
    void textbook_criticalValues(int n, int critical) {
        assertThat(MannWhitney.test(withU(n, critical), ranksOf(n)).p()).isLessThanOrEqualTo(0.05);
        assertThat(MannWhitney.test(withU(n, critical + 1), ranksOf(n)).p()).isGreaterThan(0.05);
    }

    /** The exact path must equal a brute-force enumeration of every split of the pooled values. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("smallHostileSamples")
    void exact_matchesBruteForcePermutation(String name, double[] a, double[] b) {
        MannWhitneyResult r = MannWhitney.test(a, b);
        assertThat(r.method()).isEqualTo(Method.EXACT);
        assertThat(r.p()).as(name).isCloseTo(bruteForceP(a, b), within(1e-12));
    }

    static Stream<Arguments> smallHostileSamples() {
        List<Arguments> cases = new ArrayList<>();
        cases.add(Arguments.of("single values", new double[] {1}, new double[] {2}));
        cases.add(Arguments.of("all equal", new double[] {3, 3, 3}, new double[] {3, 3, 3, 3}));
        cases.add(Arguments.of("tied blocks", new double[] {1, 1, 1}, new double[] {2, 2, 2}));
        cases.add(Arguments.of("one tie across", new double[] {1, 2, 5}, new double[] {5, 6, 7, 8}));
        cases.add(Arguments.of("negative and zero", new double[] {-0.0, -1, -2}, new double[] {0.0, 1, -1}));
        Random random = new Random(20240611);
        for (int i = 0; i < 40; i++) {
            int levels = 1 + random.nextInt(i % 2 == 0 ? 4 : 1000); // every other case tie-heavy
            cases.add(Arguments.of("generated #" + i + " levels=" + levels,
                    discrete(random, 1 + random.nextInt(8), levels), discrete(random, 1 + random.nextInt(8), levels)));
        }
        return cases.stream();
    }

    /**
     * Normal approximation with tie and continuity correction. Reference: SciPy 1.17.1
     * {@code mannwhitneyu(a, b, method='asymptotic', use_continuity=True)} = 0.05766728434006884,
     * U = 524 (R's {@code wilcox.test(a, b, exact=FALSE, correct=TRUE)} computes the same).
     */
    @Test
    void normal_tiesAndContinuity_matchScipy() {
        double[] a = {11, 12, 11, 7, 12, 11, 9, 11, 11, 11, 10, 11, 9, 10, 9, 11, 10, 9, 8, 9, 10, 9, 13, 12, 5, 6,
            10, 9, 10, 10, 14, 8, 9, 14, 11, 11, 9, 7, 10, 10};
        double[] b = {9, 10, 11, 9, 11, 11, 11, 10, 12, 13, 12, 9, 12, 10, 13, 9, 13, 11, 9, 10, 11, 12, 9, 9, 11, 10,
            11, 13, 8, 12, 13, 10, 9, 13, 12};
        MannWhitneyResult r = MannWhitney.test(a, b);
        assertThat(r.method()).isEqualTo(Method.NORMAL);
        assertThat(r.u()).isEqualTo(524.0);
        assertThat(r.p()).isCloseTo(0.05766728434006884, within(1e-12));
    }

    /** On large tie-free samples our p must agree with commons-math (which has no continuity correction). */
    @ParameterizedTest(name = "seed={0} shift={1}")
    @CsvSource({"1,0.0", "2,0.1", "3,0.25", "4,-0.2", "5,0.5"})
    void normal_largeSamples_agreeWithCommonsMath(long seed, double shift) {
        SeededSamples samples = new SeededSamples(seed);
        double[] a = samples.normal(300, 0, 1);
        double[] b = samples.normal(250, shift, 1);
        MannWhitneyResult r = MannWhitney.test(a, b);
        MannWhitneyUTest commons = new MannWhitneyUTest();
        assertThat(Math.max(r.u(), r.n1() * (double) r.n2() - r.u())).isEqualTo(commons.mannWhitneyU(a, b));
        assertThat(r.p()).isCloseTo(commons.mannWhitneyUTest(a, b), within(1e-3));
    }

    @Test
    void identicalSamples_pIsOne() {
        double[] x = new SeededSamples(7).logNormal(30, 20, 0.3);
        assertThat(MannWhitney.test(x, x).p()).isEqualTo(1.0);
        assertThat(MannWhitney.test(Arrays.copyOf(x, 10), Arrays.copyOf(x, 10)).p()).isEqualTo(1.0);
        assertThat(MannWhitney.test(new double[] {4, 4, 4, 4}, new double[] {4, 4}).p()).isEqualTo(1.0);
        assertThat(MannWhitney.test(new double[60], new double[70]).p()).isEqualTo(1.0); // all zero, normal path
    }

    @Test
    void symmetricInterleaving_pIsOne() {
        MannWhitneyResult r = MannWhitney.test(new double[] {1, 4, 5, 8}, new double[] {2, 3, 6, 7});
        assertThat(r.u()).isEqualTo(8.0); // n1·n2 / 2
        assertThat(r.p()).isEqualTo(1.0);
        assertThat(r.rankBiserial()).isZero();
    }

    @Test
    void shiftedNormals_shiftDetected_andEstimated() {
        SeededSamples samples = new SeededSamples(42);
        double[] a = samples.normal(30, 100, 10);
        double[] b = samples.normal(30, 110, 10);
        MannWhitneyResult r = MannWhitney.test(a, b);
        assertThat(r.p()).isLessThan(0.05);
        assertThat(r.rankBiserial()).isPositive();
        assertThat(r.hodgesLehmannShift()).isBetween(5.0, 15.0);
        MannWhitneyResult reversed = MannWhitney.test(b, a);
        assertThat(reversed.p()).isEqualTo(r.p());
        assertThat(reversed.u()).isEqualTo(900 - r.u());
        assertThat(reversed.hodgesLehmannShift()).isEqualTo(-r.hodgesLehmannShift());
    }

    /** Power: a one-standard-deviation shift at n = 30 is found ~96 % of the time (t-test 97 %, MW efficiency 0.955). */
    @Test
    void shiftedNormals_powerAtN30() {
        SeededSamples samples = new SeededSamples(4242);
        long detected = IntStream.range(0, 300)
                .filter(i -> MannWhitney.test(samples.normal(30, 0, 1), samples.normal(30, 1, 1)).p() <= 0.05)
                .count();
        assertThat(detected).isGreaterThanOrEqualTo(SeededSamples.lowerBound(300, 0.96, 0.001));
    }

    /** 1000 seeded A/A tests of n = 30: the false-positive rate must be α within binomial noise. */
    @Test
    void aaSimulation_falsePositiveRateIsAlpha() {
        SeededSamples samples = new SeededSamples(2024);
        int trials = 1000;
        long falsePositives = IntStream.range(0, trials)
                .filter(i -> MannWhitney.test(samples.logNormal(30, 50, 0.4), samples.logNormal(30, 50, 0.4)).p() <= 0.05)
                .count();
        assertThat(falsePositives).isBetween((long) SeededSamples.lowerBound(trials, 0.05, 0.001),
                (long) SeededSamples.upperBound(trials, 0.05, 0.001));
    }

    /** Small tie-heavy A/A tests use the exact conditional distribution, which must not exceed α. */
    @Test
    void aaSimulation_smallTiedSamples_exactStaysAtOrBelowAlpha() {
        SeededSamples samples = new SeededSamples(99);
        int trials = 1000;
        long falsePositives = IntStream.range(0, trials)
                .filter(i -> MannWhitney.test(samples.discrete(8, 4), samples.discrete(8, 4)).p() <= 0.05)
                .count();
        assertThat(falsePositives).isLessThanOrEqualTo(SeededSamples.upperBound(trials, 0.05, 0.001));
    }

    @Test
    void minimumSampleSize_forAlpha() {
        assertThat(MannWhitney.minimumSampleSize(0.05)).isEqualTo(4);
        assertThat(MannWhitney.minimumSampleSize(0.01)).isEqualTo(5); // α/5 for five metrics under Holm
        for (double alpha : new double[] {0.1, 0.05, 0.01, 0.001}) {
            int n = MannWhitney.minimumSampleSize(alpha);
            assertThat(MannWhitney.smallestPossibleP(n, n)).isLessThanOrEqualTo(alpha);
            assertThat(MannWhitney.smallestPossibleP(n - 1, n - 1)).isGreaterThan(alpha);
        }
    }

    @Test
    void smallestPossibleP_isReachedByCompleteSeparation() {
        for (int[] sizes : new int[][] {{1, 1}, {2, 8}, {3, 4}, {20, 50}, {21, 21}, {5, 200}}) {
            double[] a = IntStream.range(0, sizes[0]).asDoubleStream().toArray();
            double[] b = IntStream.range(0, sizes[1]).mapToDouble(i -> 1000 + i).toArray();
            assertThat(MannWhitney.test(a, b).p()).as(Arrays.toString(sizes))
                    .isCloseTo(MannWhitney.smallestPossibleP(sizes[0], sizes[1]), within(1e-15));
        }
    }

    @Test
    void badInput_isNamed() {
        assertThatThrownBy(() -> MannWhitney.test(new double[0], new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("first sample (a) are empty");
        assertThatThrownBy(() -> MannWhitney.test(new double[] {1}, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("second sample (b) are missing");
        assertThatThrownBy(() -> MannWhitney.test(new double[] {1, Double.NaN}, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN at index 1");
        assertThatThrownBy(() -> MannWhitney.test(new double[] {1}, new double[] {Double.NEGATIVE_INFINITY}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-Infinity at index 0");
        assertThatThrownBy(() -> MannWhitney.minimumSampleSize(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void inputIsNotModified() {
        double[] a = {3, 1, 2};
        MannWhitney.test(a, new double[] {5, 4});
        assertThat(a).containsExactly(3, 1, 2);
    }

    /** A sample of n values whose U against {@link #ranksOf} is u. */
    private static double[] withU(int n, int u) {
        double[] a = new double[n];
        int remaining = u;
        for (int i = n - 1; i >= 0; i--) {
            int below = Math.min(n, remaining); // how many b values lie below a[i]
            a[i] = below - 0.5 + i * 1e-3; // distinct values: ties would change the exact distribution
            remaining -= below;
        }
        return a;
    }

    private static double[] ranksOf(int n) {
        return IntStream.range(0, n).asDoubleStream().toArray();
    }

    private static double[] discrete(Random random, int n, int levels) {
        return IntStream.range(0, n).mapToDouble(i -> random.nextInt(levels)).toArray();
    }

    /** Two-sided p by enumerating every way to pick a's members from the pooled values. */
    static double bruteForceP(double[] a, double[] b) {
        double[] pooled = new double[a.length + b.length];
        System.arraycopy(a, 0, pooled, 0, a.length);
        System.arraycopy(b, 0, pooled, a.length, b.length);
        double[] ranks = new double[pooled.length];
        for (int i = 0; i < pooled.length; i++) {
            int less = 0;
            int equal = 0;
            for (double v : pooled) {
                less += v < pooled[i] ? 1 : 0;
                equal += v == pooled[i] ? 1 : 0;
            }
            ranks[i] = less + (equal + 1) / 2.0;
        }
        double observed = 0;
        for (int i = 0; i < a.length; i++) {
            observed += ranks[i];
        }
        int atMost = 0;
        int atLeast = 0;
        int all = 0;
        for (int mask = 0; mask < 1 << pooled.length; mask++) {
            if (Integer.bitCount(mask) != a.length) {
                continue;
            }
            double sum = 0;
            for (int i = 0; i < pooled.length; i++) {
                sum += (mask >> i & 1) == 1 ? ranks[i] : 0;
            }
            all++;
            atMost += sum <= observed + 1e-9 ? 1 : 0;
            atLeast += sum >= observed - 1e-9 ? 1 : 0;
        }
        return Math.min(1.0, 2.0 * Math.min(atMost, atLeast) / all);
    }
}
