package io.perfloop.core.stats;

/**
 * Mid-ranks of two pooled samples. Ranks are kept doubled ({@code 2 × rank}) so that the mid-rank
 * of a tie group, which may end in .5, stays an exact integer; the exact distribution is a
 * dynamic programme over sums of these integers.
 */
final class MidRanks {
    /** Doubled mid-rank of every pooled value, in ascending value order. */
    final int[] doubledRanks;
    /** Sum of the doubled mid-ranks of sample a. */
    final long doubledRankSumA;
    /** Σ (t³ − t) over tie groups of size t; zero without ties. */
    final double tieTerm;

    private MidRanks(int[] doubledRanks, long doubledRankSumA, double tieTerm) {
        this.doubledRanks = doubledRanks;
        this.doubledRankSumA = doubledRankSumA;
        this.tieTerm = tieTerm;
    }

    boolean hasTies() {
        return tieTerm > 0;
    }

    /** Ranks the pooled sample by merging the two sorted samples. */
    static MidRanks of(double[] sortedA, double[] sortedB) {
        int n = sortedA.length + sortedB.length;
        double[] pooled = new double[n];
        boolean[] fromA = new boolean[n];
        for (int i = 0, j = 0, k = 0; k < n; k++) {
            boolean takeA = j >= sortedB.length || (i < sortedA.length && sortedA[i] <= sortedB[j]);
            fromA[k] = takeA;
            pooled[k] = takeA ? sortedA[i++] : sortedB[j++];
        }
        int[] doubled = new int[n];
        long sumA = 0;
        double tieTerm = 0;
        for (int start = 0; start < n; ) {
            int end = start;
            while (end + 1 < n && pooled[end + 1] == pooled[start]) {
                end++;
            }
            // positions start..end (0-based) share the mid-rank ((start+1) + (end+1)) / 2
            int twiceMidRank = start + end + 2;
            long t = end - start + 1;
            tieTerm += (double) (t * t * t - t);
            for (int k = start; k <= end; k++) {
                doubled[k] = twiceMidRank;
                if (fromA[k]) {
                    sumA += twiceMidRank;
                }
            }
            start = end + 1;
        }
        return new MidRanks(doubled, sumA, tieTerm);
    }
}
