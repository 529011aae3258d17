package io.perfloop.samples.shop.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FixesTest {

    @ParameterizedTest
    @EnumSource(Fix.class)
    void eachSwitchAlone_turnsOnOnlyItself(Fix fix) {
        Fixes fixes = Fixes.parse(List.of(fix.id()));

        for (Fix other : Fix.values()) {
            assertThat(fixes.isOn(other)).as(other.id()).isEqualTo(other == fix);
        }
    }

    @Test
    void listsAndRepeatedValues_combine() {
        Fixes fixes = Fixes.parse(List.of(" n-plus-one,INDEX ", "streaming", "index"));

        assertThat(fixes.on()).containsExactlyInAnyOrder(Fix.N_PLUS_ONE, Fix.INDEX, Fix.STREAMING);
        assertThat(fixes).hasToString("n-plus-one,index,streaming");
    }

    @Test
    void all_isEveryRealFixButNotTheWrongCache() {
        assertThat(Fixes.parse(List.of("all")).on())
                .isEqualTo(EnumSet.complementOf(EnumSet.of(Fix.CACHE_NO_INVALIDATION)));
    }

    @Test
    void noneAndEmpty_turnNothingOn() {
        assertThat(Fixes.parse(List.of("none")).on()).isEmpty();
        assertThat(Fixes.parse(List.of("")).on()).isEmpty();
        assertThat(Fixes.parse(List.of()).on()).isEmpty();
        assertThat(Fixes.none()).hasToString("none");
    }

    @Test
    void unknownSwitch_isRejectedWithTheKnownOnes() {
        assertThatThrownBy(() -> Fixes.parse(List.of("n-plus-one,indexes")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown switch 'indexes'")
                .hasMessageContaining("partial-index");
    }

    @Test
    void cacheAndCacheWithoutInvalidation_excludeEachOther() {
        assertThatThrownBy(() -> Fixes.parse(List.of("cache,cache-no-invalidation")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exclude each other");
    }

    @Test
    void everyProblemHasExactlyOneRealFix() {
        for (int problem = 1; problem <= 8; problem++) {
            int p = problem;
            assertThat(EnumSet.allOf(Fix.class).stream()
                    .filter(f -> f.problem() == p && f != Fix.CACHE_NO_INVALIDATION)).as("problem %d", p).hasSize(1);
        }
    }
}
