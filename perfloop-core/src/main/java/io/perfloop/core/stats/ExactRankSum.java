package io.perfloop.core.stats;

/**
 * The exact permutation distribution of a rank sum: under the null hypothesis every way of
 * choosing which {@code k} of the pooled (doubled mid-)ranks belong to one sample is equally
 * likely. Counting those choices by sum is a subset-sum dynamic programme. Without ties this is
 * the classic exact Mann-Whitney distribution; with ties it is the exact distribution conditional
 * on the observed tie pattern, which is what makes small tied samples safe (the normal
 * approximation gives p = 0.047 for {1,1,1} vs {2,2,2}, the exact answer is 0.1).
 */
final class ExactRankSum {
    private ExactRankSum() {
    }

    /**
     * Two-sided p-value, {@code min(1, 2·min(P(S ≤ s), P(S ≥ s)))} (as R's {@code wilcox.test}).
     *
     * @param doubledRanks doubled mid-ranks of the pooled sample
     * @param k size of the sample whose rank sum is {@code observed}
     * @param observed that sample's doubled rank sum
     */
    static double twoSidedP(int[] doubledRanks, int k, long observed) {
        int total = 0;
        for (int r : doubledRanks) {
            total += r;
        }
        // counts[c][s]: number of c-element subsets of the ranks seen so far with doubled sum s.
        // Values reach C(70, 20) ≈ 1.6e17 at the largest exact case; double keeps 16 significant digits.
        double[][] counts = new double[k + 1][total + 1];
        counts[0][0] = 1;
        int reachable = 0;
        for (int i = 0; i < doubledRanks.length; i++) {
            int r = doubledRanks[i];
            reachable += r;
            for (int c = Math.min(i + 1, k); c >= 1; c--) {
                double[] into = counts[c];
                double[] from = counts[c - 1];
                for (int s = reachable; s >= r; s--) {
                    into[s] += from[s - r];
                }
            }
        }
        double all = 0;
        double atMost = 0;
        double atLeast = 0;
        for (int s = 0; s <= total; s++) {
            double ways = counts[k][s];
            all += ways;
            if (s <= observed) {
                atMost += ways;
            }
            if (s >= observed) {
                atLeast += ways;
            }
        }
        return Math.min(1.0, 2 * Math.min(atMost, atLeast) / all);
    }
}
