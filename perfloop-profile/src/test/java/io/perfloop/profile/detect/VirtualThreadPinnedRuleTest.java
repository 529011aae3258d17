package io.perfloop.profile.detect;

import io.perfloop.core.finding.RuleConfig;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VirtualThreadPinnedRuleTest {
    private final VirtualThreadPinnedRule rule = new VirtualThreadPinnedRule();

    @Test
    void positive_synchronizedAroundBlockingCallOnJdk21() {
        assertThat(rule.check(Evidence.endpoint("GET /feed", 100, 10_000)
                .pinned("com.acme.Feed.refresh(Feed.java:18)", "synchronized block or method (JDK < 24)", 40, 2_000).build(),
                RuleConfig.defaults())).singleElement().satisfies(p -> {
                    assertThat(p.callSite()).isEqualTo("com.acme.Feed.refresh(Feed.java:18)");
                    assertThat(p.fix()).contains("JEP 491").contains("ReentrantLock");
                    assertThat(p.predictedGain()).isEqualTo(0.2);
                });
    }

    @Test
    void positive_nativeFrameStillPinsOnJdk25() {
        assertThat(rule.check(Evidence.wholeRecording(10_000)
                .pinned("com.acme.Codec.decode(Codec.java:40)", "Native or VM frame on stack", 3, 300).build(),
                RuleConfig.defaults())).singleElement().satisfies(p -> assertThat(p.fix()).contains("native"));
    }

    @Test
    void negative_briefPinning() {
        assertThat(rule.check(Evidence.endpoint("GET /feed", 100, 10_000)
                .pinned("com.acme.Feed.refresh(Feed.java:18)", "synchronized block or method (JDK < 24)", 1, 6).build(),
                RuleConfig.defaults())).isEmpty();
    }

    @Test
    void negative_noPinning() {
        assertThat(rule.check(Evidence.endpoint("GET /feed", 100, 10_000).build(), RuleConfig.defaults())).isEmpty();
    }
}
