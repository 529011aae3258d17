package io.perfloop.profile.record;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProcessCpusTest {

    @Test
    void countsLinuxCpuLists() {
        assertThat(ProcessCpus.count("0")).isEqualTo(1);
        assertThat(ProcessCpus.count("0-1")).isEqualTo(2);
        assertThat(ProcessCpus.count("0-3,8,10-11")).isEqualTo(7);
        assertThat(ProcessCpus.count(" 2 , 4-5 ")).isEqualTo(3);
    }

    @Test
    void unreadableListsAreUnknownNotGuessed() {
        assertThat(ProcessCpus.count("")).isZero();
        assertThat(ProcessCpus.count("3-1")).isZero();
        assertThat(ProcessCpus.count("0-x")).isZero();
        assertThat(ProcessCpus.count("ff")).isZero();
        assertThat(ProcessCpus.count("1,,2")).isZero();
    }

    @Test
    void thisJvmsMaskMatchesWhatTheJvmCounts() {
        // no container CPU limit on the machines this runs on: the mask is the whole count
        assertThat(ProcessCpus.of(ProcessHandle.current().pid())).isEqualTo(ProcessCpus.current());
    }

    @Test
    void aProcessThatIsNotThereIsUnknown() {
        assertThat(ProcessCpus.of(Long.MAX_VALUE)).isZero();
        assertThat(ProcessCpus.of(-1)).isZero();
    }
}
