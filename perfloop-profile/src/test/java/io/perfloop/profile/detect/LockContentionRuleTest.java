package io.perfloop.profile.detect;

import io.perfloop.core.finding.Finding;
import io.perfloop.core.finding.RuleConfig;
import io.perfloop.profile.analysis.WaitKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LockContentionRuleTest {
    private final LockContentionRule rule = new LockContentionRule();

    @Test
    void positive_synchronizedCacheUnderLoad() {
        List<Finding> f = rule.check(Evidence.endpoint("GET /prices", 50, 5_000)
                .wait(WaitKind.MONITOR_ENTER, "com.acme.PriceCache.get(PriceCache.java:22)", "com.acme.PriceCache", 40, 1_000, 80)
                .build(), RuleConfig.defaults());
        assertThat(f).singleElement().satisfies(l -> {
            assertThat(l.callSite()).isEqualTo("com.acme.PriceCache.get(PriceCache.java:22)");
            assertThat(l.evidence().get("kind")).isEqualTo("synchronized");
            assertThat(l.fix()).contains("synchronized");
            assertThat(l.predictedGain()).isCloseTo(0.2, within(1e-9));
        });
    }

    @Test
    void positive_reentrantLock() {
        assertThat(rule.check(Evidence.endpoint("POST /orders", 50, 2_000)
                .wait(WaitKind.LOCK, "com.acme.Ledger.post(Ledger.java:9)", "java.util.concurrent.locks.ReentrantLock$NonfairSync", 12, 300, 50)
                .build(), RuleConfig.defaults())).singleElement()
                .satisfies(l -> assertThat(l.evidence().get("kind")).isEqualTo("j.u.c lock"));
    }

    @Test
    void negative_briefContention() {
        assertThat(rule.check(Evidence.endpoint("GET /prices", 50, 5_000)
                .wait(WaitKind.MONITOR_ENTER, "com.acme.PriceCache.get(PriceCache.java:22)", "com.acme.PriceCache", 2, 30, 15)
                .build(), RuleConfig.defaults())).isEmpty();
    }

    @Test
    void negative_waitingIsNotContention() {
        assertThat(rule.check(Evidence.endpoint("GET /slow", 5, 1_000)
                .wait(WaitKind.SOCKET_IO, "com.acme.Client.call(Client.java:5)", "", 5, 900, 200)
                .wait(WaitKind.PARK, "com.acme.Jobs.await(Jobs.java:5)", "java.util.concurrent.FutureTask", 5, 900, 200)
                .build(), RuleConfig.defaults())).isEmpty();
    }
}
