package io.perfloop.profile.scenario;

import io.perfloop.profile.analysis.ScopeProfile;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scenarios on Temurin 25, plus virtual-thread pinning (a class initializer still pins there). CPU
 * samples by async-profiler as on 17: its samples of main join main's requests through JFR's view of
 * the thread at each sample's time, since on 25 JFR also records the "DestroyJavaVM" that takes over
 * main's OS thread at exit (issue #8, see {@code Issue8Test}).
 */
class ScenariosOnJdk25Test extends AbstractScenariosTest {
    @Override
    Path jdk() {
        Path jdk = ForkedRun.jdk25();
        if (!Files.isExecutable(jdk.resolve("bin/java"))) {
            throw new AssertionError("JDK 25 not found at " + jdk + " (set -Dperfloop.jdk25.home)");
        }
        return jdk;
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
