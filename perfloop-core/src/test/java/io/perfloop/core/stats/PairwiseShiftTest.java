package io.perfloop.core.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PairwiseShiftTest {

    /** Selection must equal the median of the materialised differences, ties and large n included. */
    @ParameterizedTest(name = "n1={0} n2={1} levels={2}")
    @CsvSource({"1,1,10", "1,7,3", "5,4,1000000", "30,30,3", "120,90,1000000", "300,301,5", "400,250,1000000",
        "333,222,100"})
    void matchesMaterialisedMedian(int n1, int n2, int levels) {
        Random random = new Random(n1 * 31L + n2 + levels);
        double[] a = values(random, n1, levels, 0);
        double[] b = values(random, n2, levels, levels / 7.0);
        double[] diffs = new double[n1 * n2];
        int k = 0;
        for (double ai : a) {
            for (double bj : b) {
                diffs[k++] = bj - ai;
            }
        }
        Arrays.sort(diffs);
        int m = diffs.length;
        double expected = m % 2 == 1 ? diffs[m / 2] : (diffs[m / 2 - 1] + diffs[m / 2]) / 2;
        assertThat(PairwiseShift.hodgesLehmann(a, b)).isEqualTo(expected);
    }

    private static double[] values(Random random, int n, int levels, double offset) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = offset + random.nextInt(levels) / 10.0;
        }
        Arrays.sort(x);
        return x;
    }
}
