package io.perfloop.profile.detect;

import io.perfloop.core.finding.Finding;
import io.perfloop.core.finding.RuleConfig;
import io.perfloop.profile.analysis.FrameKind;
import io.perfloop.profile.analysis.WaitKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class HotMethodRuleTest {
    private final HotMethodRule rule = new HotMethodRule();

    @Test
    void positive_loopBodyHoldsMostSamples() {
        List<Finding> f = rule.check(Evidence.endpoint("GET /invoices", 10, 2_000).cpuSamples(150)
                .method("com.acme.Invoices.total", 120, 125, 150, 42)
                .method("com.acme.Invoices.render", 5, 5, 30, 17).build(), RuleConfig.defaults());
        assertThat(f).singleElement().satisfies(h -> {
            assertThat(h.callSite()).isEqualTo("com.acme.Invoices.total(Invoices.java:42)");
            assertThat(h.title()).contains("83.3%").contains("line 42");
            assertThat(h.fix()).contains("do less per call");
            assertThat(h.scope()).isEqualTo("GET /invoices");
            // 125 own samples × 10 ms of the endpoint's 2 s
            assertThat(h.predictedGain()).isCloseTo(0.625, within(1e-9));
        });
    }

    @Test
    void positive_timeInJdkCallsCountsForTheApplicationMethodThatMakesThem() {
        List<Finding> f = rule.check(Evidence.endpoint("GET /invoices", 10, 2_000).cpuSamples(200)
                .method("com.acme.Invoices.format", 2, 120, 120, 60)
                .libraryMethod("java.util.Formatter$FormatSpecifier.print", FrameKind.JAVA, 15, 90, "com.acme.Invoices.format(Invoices.java:60)")
                .build(), RuleConfig.defaults());
        assertThat(f).singleElement().satisfies(h -> {
            assertThat(h.callSite()).isEqualTo("com.acme.Invoices.format(Invoices.java:60)");
            assertThat(h.fix()).contains("JDK or library code it calls");
        });
    }

    @Test
    void positive_nativeCodeWithoutApplicationFrames() {
        List<Finding> f = rule.check(Evidence.wholeRecording(5_000).cpuSamples(300)
                .libraryMethod("libc.so.6.__memcpy_avx512_unaligned_erms", FrameKind.NATIVE, 60, 60, null).build(), RuleConfig.defaults());
        assertThat(f).singleElement().satisfies(h -> {
            assertThat(h.callSite()).isEqualTo("libc.so.6.__memcpy_avx512_unaligned_erms");
            assertThat(h.fix()).contains("no application code");
            assertThat(h.predictedGain()).isNaN(); // threads overlap in a whole recording: no wall share to give
        });
    }

    @Test
    void negative_timeSpreadOverManyMethods() {
        Evidence e = Evidence.endpoint("GET /spread", 10, 2_000).cpuSamples(200);
        for (int i = 0; i < 25; i++) {
            e.method("com.acme.Step.s" + i, 8, 8, 8, 10 + i);
        }
        assertThat(rule.check(e.build(), RuleConfig.defaults())).isEmpty();
    }

    @Test
    void negative_tooFewSamplesToTell() {
        assertThat(rule.check(Evidence.endpoint("GET /rare", 1, 500).cpuSamples(8)
                .method("com.acme.Rare.run", 8, 8, 8, 3).build(), RuleConfig.defaults())).isEmpty();
    }

    @Test
    void negative_endpointThatWaitsOnItsDatabase() {
        // 100 requests, 5 s of wall time, 3.5 s of it reading the database's socket; one method holds 25 of 30 samples
        var waiting = Evidence.endpoint("GET /users/{id}/orders", 100, 5_000).cpuSamples(30)
                .method("com.acme.Orders.map", 20, 25, 30, 12)
                .wait(WaitKind.SOCKET_IO, "com.acme.Orders.load(Orders.java:40)", "db:5432", 100, 3_500, 80).build();
        assertThat(rule.check(waiting, RuleConfig.defaults())).isEmpty();
        assertThat(rule.check(waiting, RuleConfig.defaults().with("hot-method.max-wait-percent", 80))).hasSize(1);
    }

    @Test
    void positive_busyMachine_wallTimeWaitingForACpuIsNotAWait() {
        // 60 requests, 8 s of wall time of which only 3% on CPU (the rest runnable, waiting for a core) and 20% in waits
        var starved = Evidence.endpoint("GET /invoices/{id}", 60, 8_000).cpuSamples(24)
                .method("com.acme.Invoices.render", 2, 21, 24, 87)
                .wait(WaitKind.SOCKET_IO, "com.acme.Invoices.load(Invoices.java:40)", "db:5432", 60, 1_600, 80).build();
        assertThat(rule.check(starved, RuleConfig.defaults())).singleElement()
                .satisfies(h -> assertThat(h.callSite()).isEqualTo("com.acme.Invoices.render(Invoices.java:87)"));
    }

    @Test
    void thresholdsAreConfigurable() {
        var spread = Evidence.endpoint("GET /spread", 10, 2_000).cpuSamples(400).method("com.acme.Step.s0", 30, 30, 30, 10).build();
        assertThat(rule.check(spread, RuleConfig.defaults())).isEmpty();
        assertThat(rule.check(spread, RuleConfig.defaults().with("hot-method.min-percent", 5))).hasSize(1);
    }
}
