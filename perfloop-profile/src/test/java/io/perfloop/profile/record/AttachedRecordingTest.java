package io.perfloop.profile.record;

import io.perfloop.core.finding.RuleConfig;
import io.perfloop.profile.StandaloneProfile;
import io.perfloop.profile.analysis.AnalysisOptions;
import io.perfloop.profile.analysis.ProfileAnalysis;
import io.perfloop.profile.scenario.ForkedRun;
import io.perfloop.profile.testapp.Spinner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code perfloop profile --pid}: this JVM (17) attaches to a running JDK 25 program and records it. */
class AttachedRecordingTest {

    @Test
    void recordsARunningJvmByPid(@TempDir Path dir) throws Exception {
        Process target = new ProcessBuilder(ForkedRun.jdk25().resolve("bin/java").toString(), "-cp",
                System.getProperty("java.class.path"), Spinner.class.getName()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(target.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("ready");
            StandaloneProfile.Result r = StandaloneProfile.attach(target.pid(), Duration.ofSeconds(2), dir,
                    RecordingOptions.defaults(), AnalysisOptions.defaults(), RuleConfig.defaults());
            assertThat(r.files().sampler()).isEqualTo(CpuSampler.ASYNC_PROFILER);
            assertThat(r.files().paths()).hasSize(2);
            ProfileAnalysis a = r.analysis();
            assertThat(a.overall().methodsBySelf().get(0).method()).isEqualTo("io.perfloop.profile.testapp.HotLoop.mix");
            assertThat(a.recording().events()).isPositive();
            assertThat(dir.resolve("cpu.html")).isRegularFile();
        } finally {
            target.getOutputStream().close();
            if (!target.waitFor(10, TimeUnit.SECONDS)) {
                target.destroyForcibly();
            }
        }
    }

    @Test
    void noSuchProcess_isAClearError(@TempDir Path dir) {
        assertThatThrownBy(() -> AttachedRecording.start(Integer.MAX_VALUE - 7, dir, RecordingOptions.defaults()))
                .hasMessageContaining("cannot attach to JVM " + (Integer.MAX_VALUE - 7));
    }
}
