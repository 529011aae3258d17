package io.perfloop.core.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Holm's step-down adjustment of a family of p-values. Rejecting every hypothesis whose adjusted
 * p is ≤ α keeps the family-wise error rate (the chance of at least one false alarm among all
 * metrics of a comparison) at most α under any dependence between the tests, and never rejects
 * less than plain Bonferroni.
 */
public final class HolmBonferroni {
    private HolmBonferroni() {
    }

    /**
     * Adjusts p-values, as R's {@code p.adjust(p, "holm")}: with the p-values sorted ascending,
     * the i-th (1-based) of m becomes {@code max over j ≤ i of min(1, (m − j + 1)·p(j))}, so adjusted
     * values keep the order of the raw ones.
     *
     * @param pValues raw p-values, each in [0, 1]; not modified; may be empty
     * @return adjusted p-values, in the input's order
     * @throws IllegalArgumentException when the array is null or a value is NaN or outside [0, 1]
     */
    public static double[] adjust(double[] pValues) {
        if (pValues == null) {
            throw new IllegalArgumentException("p-values are missing (null)");
        }
        for (int i = 0; i < pValues.length; i++) {
            Samples.checkProbability("p-value at index " + i, pValues[i]);
        }
        int m = pValues.length;
        Integer[] order = IntStream.range(0, m).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> pValues[i]));
        double[] adjusted = new double[m];
        double runningMax = 0;
        for (int rank = 0; rank < m; rank++) {
            int index = order[rank];
            runningMax = Math.max(runningMax, Math.min(1.0, (m - rank) * pValues[index]));
            adjusted[index] = runningMax;
        }
        return adjusted;
    }
}
