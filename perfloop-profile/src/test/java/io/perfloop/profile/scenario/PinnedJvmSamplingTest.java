package io.perfloop.profile.scenario;

import io.perfloop.profile.analysis.ProfileAnalysis;
import io.perfloop.profile.record.CpuSampler;
import io.perfloop.profile.record.RecordingOptions;
import io.perfloop.profile.testapp.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JFR's per-thread CPU load is a share of the JVM's active processors, not of the machine's. Two
 * threads spinning in a JVM pinned to one CPU ({@code taskset -c 0}) get half of it each and JFR
 * reports each at load 0.5; scaled by the machine's hardware threads (2 here) that read as a whole
 * CPU each, so the sample-count check expected twice the samples the JVM could give and called a
 * correct profile under-sampled (and the old code took whichever count the recording listed last). Real processes: a forked JVM pinned by the real {@code taskset},
 * sampled by async-profiler (which samples CPU time, so its count is the truth to compare with),
 * the CPU count read from the running process as {@code perfloop profile} reads it.
 */
class PinnedJvmSamplingTest {

    @Test
    void samplesDueFollowTheCpusThePinnedJvmCouldUse(@TempDir Path dir) throws Exception {
        ForkedRun run = ForkedRun.runPinned("0", ForkedRun.currentJdk(),
                RecordingOptions.defaults().withSampler(CpuSampler.ASYNC_PROFILER), dir, List.of(), Scenarios.class, "two-spinners");
        assertThat(run.files.cpus()).as("CPUs read from the pinned process").isEqualTo(1);

        ProfileAnalysis pinned = run.analyze();
        double measured = run.cpuNanos.get("spinner") / (double) pinned.recording().cpuIntervalNanos();
        System.out.printf("pinned to 1 CPU: %s; the threads' own CPU time gives ~%.0f%n", pinned.sampling().message(), measured);
        // JFR's first load event of a thread is only its baseline (1 s periods): up to 1 s of each 2.5 s is not counted
        assertThat(pinned.sampling().expected()).as(pinned.sampling().message()).isBetween(0.5 * measured, 1.2 * measured);
        assertThat(pinned.sampling().low()).as(pinned.sampling().message()).isFalse();

        // here the JVM also wrote jdk.ContainerConfiguration (cgroup v1, effectiveCpuCount = 1), which carries the
        // affinity too; where no container is detected only the recorder's count tells 1 CPU from the machine's 2
        // (the order of those counts: SamplingCounterTest)
    }
}
