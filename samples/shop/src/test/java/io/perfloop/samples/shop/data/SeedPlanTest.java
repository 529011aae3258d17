package io.perfloop.samples.shop.data;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SeedPlanTest {

    @Test
    void scaleOne_isTheDocumentedSize() {
        assertThat(SeedPlan.forScale(1)).isEqualTo(new SeedPlan(20_000, 10_000, 200_000, 5_000));
        assertThat(SeedPlan.CATEGORIES).isEqualTo(210);
    }

    @Test
    void tinyScales_keepEveryKindOfRow() {
        assertThat(SeedPlan.forScale(0.000_001)).isEqualTo(new SeedPlan(50, 100, 500, 20));
    }

    @Test
    void zeroNegativeAndNaN_areRejected() {
        for (double bad : new double[] {0, -1, Double.NaN}) {
            assertThatThrownBy(() -> SeedPlan.forScale(bad)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("scale must be > 0");
        }
    }
}
