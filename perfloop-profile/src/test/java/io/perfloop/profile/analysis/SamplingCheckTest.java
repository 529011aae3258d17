package io.perfloop.profile.analysis;

import io.perfloop.profile.testapp.HotLoop;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The sample-count check tells "sampling was off" from "the sampler kept up" (under-sampling: JfrOnlySamplingOnJdk17Test). */
class SamplingCheckTest {

    @Test
    void samplingOff_isSaidSoNotCalledUnderSampling(@TempDir Path dir) throws Exception {
        Path file = record(dir.resolve("off.jfr"), false);
        ProfileAnalysis a = ProfileAnalyzer.analyze(List.of(file));
        assertThat(a.sampling().low()).isFalse();
        assertThat(a.sampling().message()).contains("CPU sampling was off");
        assertThat(a.warnings()).anySatisfy(w -> assertThat(w).contains("CPU sampling was off"));
    }

    @Test
    void pureJavaLoop_jfrKeepsUp(@TempDir Path dir) throws Exception {
        Path file = record(dir.resolve("on.jfr"), true);
        ProfileAnalysis a = ProfileAnalyzer.analyze(List.of(file));
        assertThat(a.recording().cpuIntervalNanos()).isEqualTo(10_000_000); // read from the recording's settings
        assertThat(a.overall().cpuSamples()).isPositive();
        assertThat(a.sampling().low()).as(a.sampling().message()).isFalse();
    }

    private static Path record(Path file, boolean sample) throws Exception {
        try (Recording r = new Recording()) {
            if (sample) {
                r.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
            }
            r.enable("jdk.ThreadCPULoad").withPeriod(Duration.ofMillis(200));
            r.start();
            HotLoop.spin(600_000_000L);
            r.stop();
            r.dump(file);
        }
        return file;
    }
}
