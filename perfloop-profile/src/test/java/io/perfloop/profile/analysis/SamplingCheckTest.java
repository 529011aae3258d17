package io.perfloop.profile.analysis;

import io.perfloop.profile.testapp.HotLoop;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.management.ManagementFactory;
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

    /**
     * JFR writes a thread's load only for periods where it used ≥ 1 ms, each as the CPU since its last
     * event over one period: a thread that works now and then must not be counted once per idle period.
     * Ten 30 ms bursts 300 ms apart under 100 ms load periods: counted by the gap between events, the due
     * count came out ~3× the thread's measured CPU time.
     */
    @Test
    void aThreadThatWorksNowAndThenIsCountedForItsWorkNotItsIdlePeriods(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bursts.jfr");
        long[] workerCpu = new long[1];
        try (Recording r = new Recording()) {
            r.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
            r.enable("jdk.ThreadCPULoad").withPeriod(Duration.ofMillis(100));
            r.enable("jdk.ActiveSetting"); // the period, as perfloop's recordings (JFR's default configuration) carry it
            r.start();
            Thread worker = new Thread(() -> {
                for (int i = 0; i < 10; i++) {
                    HotLoop.spin(30_000_000L);
                    try {
                        Thread.sleep(300);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                workerCpu[0] = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            }, "bursts");
            worker.start();
            worker.join();
            r.stop();
            r.dump(file);
        }
        ProfileAnalysis a = ProfileAnalyzer.analyze(List.of(file), AnalysisOptions.defaults().withCpus(Runtime.getRuntime().availableProcessors()));
        double measured = workerCpu[0] / 10_000_000.0;
        System.out.printf("bursts: %s; the worker's own CPU time gives ~%.0f%n", a.sampling().message(), measured);
        // the first load event of each thread is only its baseline: up to one burst of ten is not counted
        assertThat(a.sampling().expected()).as(a.sampling().message()).isBetween(0.6 * measured, 1.4 * measured);
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
