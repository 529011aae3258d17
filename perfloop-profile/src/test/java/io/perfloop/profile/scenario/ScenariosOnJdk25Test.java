package io.perfloop.profile.scenario;

import io.perfloop.profile.analysis.MethodStat;
import io.perfloop.profile.record.CpuSampler;

import io.perfloop.profile.analysis.ScopeProfile;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The scenarios on Temurin 25, plus virtual-thread pinning (a class initializer still pins there). */
class ScenariosOnJdk25Test extends AbstractScenariosTest {
    @Override
    Path jdk() {
        Path jdk = ForkedRun.jdk25();
        if (!Files.isExecutable(jdk.resolve("bin/java"))) {
            throw new AssertionError("JDK 25 not found at " + jdk + " (set -Dperfloop.jdk25.home)");
        }
        return jdk;
    }

    /**
     * JFR's own sampler on 25. Known bug: async-profiler's CPU samples of a JDK 25 process are recorded
     * (the whole recording has them) but intermittently join to no request interval at all — seen in
     * about half the runs on this machine, on clean main too — so the per-endpoint CPU assertions run on
     * JFR's samples here (which on 25 takes ~97 % of the samples due) until that join is fixed.
     */
    @Override
    CpuSampler sampler() {
        return CpuSampler.JFR;
    }

    @Override
    String samplerName() {
        return "JFR";
    }

    /**
     * JFR's samples on 25 put the loop's time on {@code spin}, into which the JIT inlined {@code mix}
     * (async-profiler names {@code mix} and its line; see {@link ScenariosOnJdk17Test}): here the hot
     * method must be the loop's, with a line in it, and the finding must point there.
     */
    @Override
    @Test
    void hotLoop_isTheTopSelfMethodWithItsLine() {
        ScopeProfile hot = endpoint("hot-loop");
        MethodStat top = hot.methodsBySelf().get(0);
        assertThat(top.method()).isIn(APP + "HotLoop.mix", APP + "HotLoop.spin");
        assertThat(top.hotLine()).isPositive();
        assertThat(findings("hot-method", "hot-loop")).first()
                .satisfies(f -> assertThat(f.callSite()).startsWith(APP + "HotLoop.").endsWith(":" + top.hotLine() + ")"));
    }

    @Override
    String phases() {
        return "all,pinning";
    }

    @Test
    void blockingInClassInitializer_pinsTheVirtualThread() throws Exception {
        ScopeProfile pinned = endpoint("pinned");
        assertThat(findings("virtual-thread-pinned", "pinned")).singleElement().satisfies(f -> {
            assertThat(f.callSite()).isEqualTo(APP + "SlowInit.<clinit>(SlowInit.java:" + SourceMarkers.line("SlowInit", "// PINNED IN CLINIT") + ")");
            assertThat(f.fix()).contains("static initializer");
        });
        assertThat(pinned.pinned()).isNotEmpty();
    }

    @Test
    void synchronizedSleep_noLongerPinsOnJdk24Plus() {
        assertThat(findings("virtual-thread-pinned", "synchronized-sleep")).isEmpty();
        assertThat(endpoint("synchronized-sleep").pinned()).isEmpty();
    }
}
