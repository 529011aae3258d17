package io.perfloop.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class HolmBonferroniTest {

    /**
     * Wikipedia's worked example (Holm–Bonferroni method): p = 0.01, 0.04, 0.03, 0.005 at α = 0.05
     * rejects H1 and H4 only. R: {@code p.adjust(c(0.01, 0.04, 0.03, 0.005), "holm")} =
     * 0.03 0.06 0.06 0.02.
     */
    @Test
    void workedExample() {
        double[] adjusted = HolmBonferroni.adjust(new double[] {0.01, 0.04, 0.03, 0.005});
        assertThat(adjusted).containsExactly(new double[] {0.03, 0.06, 0.06, 0.02}, within(1e-12));
    }

    /** R: {@code p.adjust(c(0.01, 0.02, 0.03, 0.04, 0.05), "holm")} = 0.05 0.08 0.09 0.09 0.09 (monotonicity step). */
    @Test
    void stepDownIsMonotone() {
        double[] adjusted = HolmBonferroni.adjust(new double[] {0.01, 0.02, 0.03, 0.04, 0.05});
        assertThat(adjusted).containsExactly(new double[] {0.05, 0.08, 0.09, 0.09, 0.09}, within(1e-12));
    }

    @Test
    void capsAtOne_andKeepsSingleAndEmpty() {
        assertThat(HolmBonferroni.adjust(new double[] {0.6, 0.7})).containsExactly(1.0, 1.0);
        assertThat(HolmBonferroni.adjust(new double[] {0.04})).containsExactly(0.04);
        assertThat(HolmBonferroni.adjust(new double[0])).isEmpty();
    }

    /** Generated families: adjusted ≥ raw, ≤ 1, order-preserving, and equal to the textbook definition. */
    @Test
    void generatedFamilies_matchDefinition() {
        Random random = new Random(5);
        for (int family = 0; family < 500; family++) {
            int m = 1 + random.nextInt(12);
            double[] p = new double[m];
            for (int i = 0; i < m; i++) {
                p[i] = random.nextInt(4) == 0 ? random.nextInt(3) / 20.0 : random.nextDouble(); // ties too
            }
            double[] adjusted = HolmBonferroni.adjust(p.clone());
            for (int i = 0; i < m; i++) {
                assertThat(adjusted[i]).isBetween(p[i], 1.0).isCloseTo(definition(p, i), within(1e-12));
                for (int j = 0; j < m; j++) {
                    if (p[i] < p[j]) {
                        assertThat(adjusted[i]).isLessThanOrEqualTo(adjusted[j]);
                    }
                }
            }
        }
    }

    @Test
    void badInput_isNamed() {
        assertThatThrownBy(() -> HolmBonferroni.adjust(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("missing");
        assertThatThrownBy(() -> HolmBonferroni.adjust(new double[] {0.1, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("p-value at index 1");
        assertThatThrownBy(() -> HolmBonferroni.adjust(new double[] {1.5}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 0 and 1, was 1.5");
    }

    /** Holm's adjusted p of hypothesis i: max over hypotheses j with p_j ≤ p_i of min(1, (m − rank_j + 1) p_j). */
    private static double definition(double[] p, int i) {
        int m = p.length;
        double max = 0;
        for (int j = 0; j < m; j++) {
            if (p[j] <= p[i]) {
                int smaller = 0; // rank of j, ties broken by index like a stable sort
                for (int k = 0; k < m; k++) {
                    smaller += p[k] < p[j] || (p[k] == p[j] && k < j) ? 1 : 0;
                }
                max = Math.max(max, Math.min(1, (m - smaller) * p[j]));
            }
        }
        return max;
    }
}
