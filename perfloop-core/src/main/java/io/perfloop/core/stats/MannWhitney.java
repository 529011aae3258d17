package io.perfloop.core.stats;

import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.util.CombinatoricsUtils;

/**
 * Two-sided Mann-Whitney U (Wilcoxon rank-sum) test, the test benchstat uses: distribution-free,
 * so skewed latency samples need no normality assumption.
 *
 * <p>Small samples get the exact permutation distribution, also when values tie (commons-math's
 * {@code MannWhitneyUTest} always uses the normal approximation, without tie correction). Larger
 * samples use the normal approximation with the tie-corrected variance
 * {@code n1·n2/12 · ((N+1) − Σ(t³−t)/(N(N−1)))} and a continuity correction of ½, as R's
 * {@code wilcox.test(correct = TRUE)} and SciPy's {@code mannwhitneyu}.
 */
public final class MannWhitney {
    /** Largest size of the smaller sample for which p is computed exactly. */
    public static final int EXACT_MAX_SMALLER = 20;
    /** Largest size of the larger sample for which p is computed exactly. */
    public static final int EXACT_MAX_LARGER = 50;

    private MannWhitney() {
    }

    /**
     * Tests whether a and b come from the same distribution against the two-sided alternative that
     * one tends to be larger.
     *
     * @param a first sample (e.g. the old run); not modified
     * @param b second sample (e.g. the new run); not modified
     * @return U, p, method and effect sizes oriented from a to b
     * @throws IllegalArgumentException when a sample is null, empty or holds a non-finite value
     */
    public static MannWhitneyResult test(double[] a, double[] b) {
        double[] sortedA = Samples.sortedCopy("first sample (a)", a);
        double[] sortedB = Samples.sortedCopy("second sample (b)", b);
        int n1 = sortedA.length;
        int n2 = sortedB.length;
        MidRanks ranks = MidRanks.of(sortedA, sortedB);
        double pairs = (double) n1 * n2;
        double u = ranks.doubledRankSumA / 2.0 - n1 * (n1 + 1.0) / 2;
        boolean exact = usesExact(n1, n2);
        double p = exact ? exactP(ranks, n1, n2) : normalP(u, n1, n2, ranks.tieTerm);
        double rankBiserial = 1 - 2 * u / pairs;
        return new MannWhitneyResult(n1, n2, u, p,
                exact ? MannWhitneyResult.Method.EXACT : MannWhitneyResult.Method.NORMAL,
                rankBiserial, PairwiseShift.hodgesLehmann(sortedA, sortedB));
    }

    /**
     * The smallest two-sided p-value {@link #test} can return for these sizes, reached when the
     * samples do not overlap and nothing ties (ties only make it larger). When it exceeds α no
     * outcome can be significant: too few samples to decide.
     *
     * @param n1 size of the first sample, ≥ 1
     * @param n2 size of the second sample, ≥ 1
     * @return {@code 2 / C(n1+n2, n1)} where the exact method applies, the normal-approximation
     *         value for complete separation otherwise
     */
    public static double smallestPossibleP(int n1, int n2) {
        if (n1 < 1 || n2 < 1) {
            throw new IllegalArgumentException("sample sizes must be at least 1, were " + n1 + " and " + n2);
        }
        if (usesExact(n1, n2)) {
            return Math.min(1.0, 2 / CombinatoricsUtils.binomialCoefficientDouble(n1 + n2, n1));
        }
        return normalP(0, n1, n2, 0);
    }

    /**
     * The smallest equal sample size n (n old and n new values) at which a two-sided test can
     * reach {@code alpha}: 4 for α = 0.05 (with 3 + 3 the best possible p is 0.1), 5 for 0.01.
     *
     * @param alpha significance level, 0 &lt; α &lt; 1 (pass α/m to stay decidable after a Holm
     *              correction over m metrics)
     * @return the minimal n per side
     */
    public static int minimumSampleSize(double alpha) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be strictly between 0 and 1, was " + alpha);
        }
        int n = 1;
        while (smallestPossibleP(n, n) > alpha) {
            n++; // terminates: the p of complete separation shrinks roughly like 4^-n
        }
        return n;
    }

    static boolean usesExact(int n1, int n2) {
        return Math.min(n1, n2) <= EXACT_MAX_SMALLER && Math.max(n1, n2) <= EXACT_MAX_LARGER;
    }

    private static double exactP(MidRanks ranks, int n1, int n2) {
        if (n1 <= n2) {
            return ExactRankSum.twoSidedP(ranks.doubledRanks, n1, ranks.doubledRankSumA);
        }
        // the DP is cheaper over the smaller sample; its rank sum is the complement of a's
        long totalDoubled = (long) (n1 + n2) * (n1 + n2 + 1);
        return ExactRankSum.twoSidedP(ranks.doubledRanks, n2, totalDoubled - ranks.doubledRankSumA);
    }

    private static double normalP(double u, int n1, int n2, double tieTerm) {
        double n = n1 + (double) n2;
        double variance = (double) n1 * n2 / 12 * ((n + 1) - tieTerm / (n * (n - 1)));
        if (variance <= 0) {
            return 1.0; // every value ties: no evidence of any difference
        }
        double distance = Math.max(0, Math.abs(u - (double) n1 * n2 / 2) - 0.5);
        double z = distance / Math.sqrt(variance);
        return Math.min(1.0, Erf.erfc(z / Math.sqrt(2)));
    }
}
