package io.perfloop.profile.detect;

import io.perfloop.core.finding.RuleConfig;
import io.perfloop.core.finding.Severity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BlockingOnEventLoopRuleTest {
    private final BlockingOnEventLoopRule rule = new BlockingOnEventLoopRule();

    @Test
    void positive_jdbcCallOnNettyThread() {
        assertThat(rule.check(Evidence.endpoint("GET /users", 20, 2_000)
                .stall("socket I/O", "com.acme.UserHandler.handle(UserHandler.java:30)", "reactor-http-nio-2", 20, 800, 60).build(),
                RuleConfig.defaults())).singleElement().satisfies(b -> {
                    assertThat(b.severity()).isEqualTo(Severity.ERROR);
                    assertThat(b.callSite()).isEqualTo("com.acme.UserHandler.handle(UserHandler.java:30)");
                    assertThat(b.fix()).contains("boundedElastic");
                    assertThat(b.predictedGain()).isCloseTo(0.4, within(1e-9));
                });
    }

    @Test
    void positive_longCpuTaskOnTheLoop() {
        assertThat(rule.check(Evidence.wholeRecording(10_000)
                .stall("cpu", "com.acme.Thumbnails.render(Thumbnails.java:12)", "vert.x-eventloop-thread-0", 3, 600, 250).build(),
                RuleConfig.defaults())).singleElement().satisfies(b -> {
                    assertThat(b.title()).startsWith("Event loop busy");
                    assertThat(b.fix()).contains("executeBlocking");
                });
    }

    @Test
    void negative_shortWaitsOnTheLoop() {
        assertThat(rule.check(Evidence.endpoint("GET /fast", 20, 2_000)
                .stall("park", "com.acme.Fast.get(Fast.java:3)", "nioEventLoopGroup-2-1", 30, 300, 12).build(),
                RuleConfig.defaults())).isEmpty();
    }

    @Test
    void thresholdIsConfigurable() {
        var evidence = Evidence.endpoint("GET /fast", 20, 2_000).stall("park", "com.acme.Fast.get(Fast.java:3)", "nioEventLoopGroup-2-1", 30, 300, 12).build();
        assertThat(rule.check(evidence, RuleConfig.defaults().with("blocking-on-event-loop.min-millis", 10))).hasSize(1);
    }
}
