package io.perfloop.profile.analysis;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class ThreadNamesTest {
    private static final long OS = 12031;

    /** The main OS thread's notes in {@code Issue8Test}'s JDK 25 recording (seconds after 20:46:36 UTC), in file order. */
    private static List<Runnable> mainThenDestroyJavaVm(ThreadNames names) {
        return List.of(
                () -> names.note(OS, 3, "main", 964_243_027L),
                () -> names.note(OS, 3, "main", 61_915_283L), // jdk.ThreadStart, read after the first jdk.ThreadCPULoad
                () -> names.note(OS, 3, "main", 1_968_247_227L),
                () -> names.note(OS, 21, "DestroyJavaVM", 2_097_059_416L));
    }

    @Test
    void jdk25Exit_samplesWhileMainRanAreMains_inAnyReadOrder() {
        Random random = new Random(8);
        for (int round = 0; round < 20; round++) {
            ThreadNames names = new ThreadNames();
            List<Runnable> notes = new ArrayList<>(mainThenDestroyJavaVm(names));
            Collections.shuffle(notes, random);
            notes.forEach(Runnable::run);
            assertThat(names.at(OS, 1_500_000_000L).javaId()).isEqualTo(3);
            assertThat(names.at(OS, 1_500_000_000L).name()).isEqualTo("main");
            assertThat(names.at(OS, 2_050_000_000L).javaId()).as("after main's last note, before DestroyJavaVM started").isEqualTo(3);
            assertThat(names.at(OS, 2_100_000_000L).name()).isEqualTo("DestroyJavaVM");
        }
    }

    @Test
    void sampleBeforeJfrFirstSawTheThread_takesTheFirstItCarried() {
        ThreadNames names = new ThreadNames();
        mainThenDestroyJavaVm(names).forEach(Runnable::run);
        // async-profiler, loaded as an agent, samples before JFR's recording starts
        assertThat(names.at(OS, -700_000_000L).javaId()).isEqualTo(3);
    }

    @Test
    void osIdReusedByALaterThread() {
        ThreadNames names = new ThreadNames();
        names.note(77, 20, "pool-1-thread-1", 100);
        names.note(77, 20, "pool-1-thread-1", 200);
        names.note(77, 35, "pool-2-thread-1", 500);
        assertThat(names.at(77, 300).javaId()).isEqualTo(20);
        assertThat(names.at(77, 600).javaId()).isEqualTo(35);
    }

    @Test
    void renamedThread_keepsTheNameItHadLast() {
        ThreadNames names = new ThreadNames();
        names.note(5, 9, "worker-renamed", 200);
        names.note(5, 9, "worker", 100);
        assertThat(names.at(5, 150).name()).isEqualTo("worker-renamed");
    }

    @Test
    void unknownOrUnnamedThreads() {
        ThreadNames names = new ThreadNames();
        names.note(0, 9, "no os id", 100);
        names.note(6, 0, "no java id", 100);
        assertThat(names.at(0, 100)).isNull();
        assertThat(names.at(6, 100)).isNull();
        assertThat(names.at(7, 100)).isNull();
    }
}
