package io.perfloop.core.stats;

/**
 * Outcome of a two-sided Mann-Whitney U test of sample {@code a} against sample {@code b}.
 * Effect sizes are oriented from a to b: positive means b tends to be larger.
 *
 * @param n1 size of a
 * @param n2 size of b
 * @param u U of sample a: the number of pairs with {@code a[i] > b[j]}, ties counting ½
 *          (R's {@code W}, SciPy's {@code statistic}); {@code n1·n2 − u} is U of b
 * @param p two-sided p-value
 * @param method how p was computed
 * @param rankBiserial {@code P(b > a) − P(b < a)} over all pairs, −1..1; 0 means no tendency
 * @param hodgesLehmannShift median of all differences {@code b[j] − a[i]}, in the samples' unit
 */
public record MannWhitneyResult(int n1, int n2, double u, double p, Method method,
                                double rankBiserial, double hodgesLehmannShift) {

    /** How the p-value was obtained. */
    public enum Method {
        /**
         * Exact permutation distribution of the rank sum (conditional on the ties, if any). Used
         * while the smaller sample has at most {@value MannWhitney#EXACT_MAX_SMALLER} values and the
         * larger at most {@value MannWhitney#EXACT_MAX_LARGER}.
         */
        EXACT,
        /** Normal approximation with tie-corrected variance and a continuity correction of ½. */
        NORMAL
    }

    /** The textbook statistic {@code min(U_a, U_b)}. */
    public double uMin() {
        return Math.min(u, (double) n1 * n2 - u);
    }
}
