package io.perfloop.profile.scenario;

import io.perfloop.profile.analysis.ProfileAnalysis;
import io.perfloop.profile.analysis.ScopeProfile;
import io.perfloop.profile.record.CpuSampler;
import io.perfloop.profile.record.RecordingOptions;
import io.perfloop.profile.testapp.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The measured fact behind preferring async-profiler: a loop in {@code Math.sin} (an intrinsic
 * stub) on JDK 17. JFR's sampler misses most of it and the analysis says so; async-profiler
 * takes at least 90 % of the samples due from the loop's measured CPU time.
 */
class JfrOnlySamplingOnJdk17Test {

    @Test
    void jfrUnderSamplesNativeCodeAndTheWarningFires(@TempDir Path dir) throws Exception {
        ForkedRun run = ForkedRun.run(ForkedRun.currentJdk(), RecordingOptions.defaults().withSampler(CpuSampler.JFR), dir,
                List.of(), Scenarios.class, "sines");
        ProfileAnalysis a = run.analyze();
        ScopeProfile sines = a.endpoint("sines").orElseThrow();
        double due = run.cpuNanos.get("sines") / (double) sines.cpuIntervalNanos();
        System.out.printf("JFR on 17: %d samples for %.0f due; %s%n", sines.cpuSamples(), due, a.sampling().message());
        assertThat(a.recording().cpuSampler()).isEqualTo("JFR");
        assertThat(sines.cpuSamples()).isLessThan((long) (0.5 * due));
        assertThat(a.sampling().low()).isTrue();
        assertThat(a.warnings()).anySatisfy(w -> assertThat(w).contains("under-samples").contains("async-profiler"));
    }

    @Test
    void asyncProfilerSamplesTheSameLoop(@TempDir Path dir) throws Exception {
        ForkedRun run = ForkedRun.run(ForkedRun.currentJdk(), RecordingOptions.defaults().withSampler(CpuSampler.ASYNC_PROFILER), dir,
                List.of(), Scenarios.class, "sines");
        ProfileAnalysis a = run.analyze();
        ScopeProfile sines = a.endpoint("sines").orElseThrow();
        double due = run.cpuNanos.get("sines") / (double) sines.cpuIntervalNanos();
        System.out.printf("async-profiler on 17: %d samples for %.0f due; %s%n", sines.cpuSamples(), due, a.sampling().message());
        assertThat(sines.cpuSamples()).isGreaterThanOrEqualTo((long) (0.9 * due));
        assertThat(a.sampling().low()).isFalse();
        assertThat(sines.methodsBySelf().get(0).caller()).contains("HotLoop.sines(HotLoop.java:" + SourceMarkers.line("HotLoop", "// SIN LINE") + ")");
    }
}
