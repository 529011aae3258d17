package io.perfloop.profile.detect;

import io.perfloop.core.finding.RuleConfig;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GcPressureRuleTest {
    private final GcPressureRule rule = new GcPressureRule();

    @Test
    void positive_pausesTakeAFifthOfTheRecording() {
        assertThat(rule.check(Evidence.wholeRecording(10_000).gcPauses(80, 2_000)
                .allocation("com.acme.Export.csv(Export.java:7)", "java.lang.StringBuilder.append", "byte[]", 1L << 32).build(),
                RuleConfig.defaults())).singleElement().satisfies(g -> {
                    assertThat(g.predictedGain()).isCloseTo(0.2, within(1e-9));
                    assertThat(g.callSite()).isEqualTo("com.acme.Export.csv(Export.java:7)");
                    assertThat(g.fix()).contains("Export.csv");
                });
    }

    @Test
    void positive_endpointOverlappingPauses() {
        assertThat(rule.check(Evidence.endpoint("GET /heavy", 10, 1_000).gcPauses(5, 150).build(), RuleConfig.defaults()))
                .singleElement().satisfies(g -> assertThat(g.predictedGain()).isCloseTo(0.15, within(1e-9)));
    }

    @Test
    void negative_occasionalShortPauses() {
        assertThat(rule.check(Evidence.wholeRecording(10_000).gcPauses(10, 60).build(), RuleConfig.defaults())).isEmpty();
    }

    @Test
    void negative_noGc() {
        assertThat(rule.check(Evidence.endpoint("GET /quiet", 10, 1_000).build(), RuleConfig.defaults())).isEmpty();
    }
}
