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
        Sines run = Sines.record(CpuSampler.JFR, dir);
        assertThat(run.analysis.recording().cpuSampler()).isEqualTo("JFR");
        assertThat(run.endpoint.cpuSamples()).isLessThan((long) (0.5 * run.due));
        assertThat(run.analysis.sampling().low()).isTrue();
        assertThat(run.analysis.warnings()).anySatisfy(w -> assertThat(w).contains("under-samples").contains("async-profiler"));
    }

    @Test
    void asyncProfilerSamplesTheSameLoop(@TempDir Path dir) throws Exception {
        Sines run = Sines.record(CpuSampler.ASYNC_PROFILER, dir);
        assertThat(run.endpoint.cpuSamples()).isGreaterThanOrEqualTo((long) (0.9 * run.due));
        assertThat(run.analysis.sampling().low()).isFalse();
        assertThat(run.endpoint.methodsByOwn().get(0).location())
                .isEqualTo("io.perfloop.profile.testapp.HotLoop.sines(HotLoop.java:" + SourceMarkers.line("HotLoop", "// SIN LINE") + ")");
    }

    /** The {@code sines} phase recorded with one sampler: its analysis, its endpoint, and the samples due from its measured CPU time. */
    private record Sines(ProfileAnalysis analysis, ScopeProfile endpoint, double due) {
        static Sines record(CpuSampler sampler, Path dir) throws Exception {
            ForkedRun run = ForkedRun.run(ForkedRun.currentJdk(), RecordingOptions.defaults().withSampler(sampler), dir,
                    List.of(), Scenarios.class, "sines");
            ProfileAnalysis a = run.analyze();
            ScopeProfile sines = a.endpoint("sines").orElseThrow();
            double due = run.cpuNanos.get("sines") / (double) sines.cpuIntervalNanos();
            System.out.printf("%s on 17: %d samples for %.0f due; %s%n", sampler, sines.cpuSamples(), due, a.sampling().message());
            return new Sines(a, sines, due);
        }
    }
}
