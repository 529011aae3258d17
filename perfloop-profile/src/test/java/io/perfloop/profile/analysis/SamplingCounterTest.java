package io.perfloop.profile.analysis;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which processor count JFR's per-thread loads are taken as shares of (the forked pinned JVM: PinnedJvmSamplingTest). */
class SamplingCounterTest {

    @Test
    void theRecordersCountWinsOverTheMachinesHardwareThreads() {
        SamplingCounter c = new SamplingCounter();
        c.knownCpus(1);
        c.hardwareThreads(8);
        assertThat(c.activeCpus()).isEqualTo(1);
    }

    @Test
    void aContainerLimitCapsWhateverElseIsKnown() {
        SamplingCounter c = new SamplingCounter();
        c.containerCpus(2);
        c.hardwareThreads(8);
        assertThat(c.activeCpus()).isEqualTo(2);
        c.knownCpus(4);
        assertThat(c.activeCpus()).isEqualTo(2);
        c.knownCpus(1);
        assertThat(c.activeCpus()).isEqualTo(1);
    }

    @Test
    void theOrderTheRecordingListsTheCountsInDoesNotMatter() {
        SamplingCounter hardwareFirst = new SamplingCounter();
        hardwareFirst.hardwareThreads(2);
        hardwareFirst.containerCpus(1);
        SamplingCounter containerFirst = new SamplingCounter();
        containerFirst.containerCpus(1);
        containerFirst.hardwareThreads(2);
        assertThat(hardwareFirst.activeCpus()).isEqualTo(containerFirst.activeCpus()).isEqualTo(1);
    }

    @Test
    void withNothingKnownOneCpuIsAssumedNotZero() {
        SamplingCounter c = new SamplingCounter();
        assertThat(c.activeCpus()).isEqualTo(1);
        c.hardwareThreads(0);
        c.containerCpus(-1);
        c.knownCpus(-3);
        assertThat(c.activeCpus()).isEqualTo(1);
        c.hardwareThreads(4);
        assertThat(c.activeCpus()).isEqualTo(4);
    }
}
