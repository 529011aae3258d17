package io.perfloop.profile.analysis;

import io.perfloop.profile.testapp.Allocations;
import jdk.jfr.Recording;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Truncated, corrupt and foreign files: a clear problem, whatever could be read, never an exception. */
class RecordingDamageTest {
    @TempDir
    static Path dir;
    static Path good;
    static long goodEvents;

    @BeforeAll
    static void record() throws Exception {
        good = dir.resolve("good.jfr");
        try (Recording r = new Recording()) {
            r.enable("jdk.ObjectAllocationSample").with("throttle", "1000/s").withStackTrace();
            r.enable("jdk.ThreadSleep").withThreshold(java.time.Duration.ZERO).withStackTrace();
            r.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(10));
            r.start();
            for (int i = 0; i < 40; i++) {
                Allocations.renderReport(i % 2 == 0 ? 256 : 512);
                Allocations.sumReport(1024);
                sleepAtDepth(i % 5); // five distinct stacks whatever the machine's speed: the bounded-table test needs more than two
            }
            r.stop();
            r.dump(good);
        }
        ProfileAnalysis a = ProfileAnalyzer.analyze(List.of(good));
        goodEvents = a.recording().events();
        assertThat(a.recording().problems()).isEmpty();
        assertThat(a.overall().allocatedBytes()).isPositive();
    }

    private static void sleepAtDepth(int depth) throws InterruptedException {
        if (depth == 0) {
            Thread.sleep(3);
        } else {
            sleepAtDepth(depth - 1);
        }
    }

    @Test
    void truncatedFile_clearProblemNoEvents() throws IOException {
        byte[] bytes = Files.readAllBytes(good);
        Path cut = dir.resolve("cut.jfr");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length * 2 / 3));
        ProfileAnalysis a = ProfileAnalyzer.analyze(List.of(cut));
        assertThat(a.recording().problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(cut);
            assertThat(p.message()).contains("truncated or corrupt");
        });
        assertThat(a.warnings()).anySatisfy(w -> assertThat(w).contains("cut.jfr").contains("truncated or corrupt"));
    }

    @Test
    void damagedLastChunk_earlierChunksStillRead() throws IOException {
        byte[] bytes = Files.readAllBytes(good);
        Path twoChunks = dir.resolve("two-chunks.jfr");
        // JFR files are sequences of self-contained chunks; a recording cut off in its last chunk looks like this
        byte[] joined = Arrays.copyOf(bytes, bytes.length + bytes.length / 2);
        System.arraycopy(bytes, 0, joined, bytes.length, bytes.length / 2);
        Files.write(twoChunks, joined);
        ProfileAnalysis a = ProfileAnalyzer.analyze(List.of(twoChunks));
        // RecordingFile reads one event ahead: the last event before a damaged chunk is lost with it
        assertThat(a.recording().events()).isBetween(goodEvents - 1, goodEvents);
        assertThat(a.recording().problems()).singleElement().satisfies(p -> assertThat(p.eventsRead()).isEqualTo(a.recording().events()));
        assertThat(a.overall().allocatedBytes()).isPositive();
    }

    @Test
    void notAJfrFile_problemAndTheOtherFilesStillRead() throws IOException {
        Path text = dir.resolve("notes.jfr");
        Files.writeString(text, "hello, this is not a recording\n");
        Path noise = dir.resolve("noise.jfr");
        byte[] random = new byte[4096];
        new java.util.Random(42).nextBytes(random);
        Files.write(noise, random);
        ProfileAnalysis a = ProfileAnalyzer.analyze(List.of(text, noise, good));
        assertThat(a.recording().problems()).extracting(ReadProblem::file).containsExactlyInAnyOrder(text, noise);
        assertThat(a.recording().events()).isEqualTo(goodEvents);
    }

    @Test
    void missingFileOrNoFile_isBadInput() {
        assertThatThrownBy(() -> ProfileAnalyzer.analyze(List.of(dir.resolve("nope.jfr"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no such recording");
        assertThatThrownBy(() -> ProfileAnalyzer.analyze(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void boundedStackTable_cutsStacksAndSaysSo() {
        ProfileAnalysis a = ProfileAnalyzer.analyze(List.of(good), AnalysisOptions.defaults().withMaxStacks(2));
        assertThat(a.recording().cutStacks()).isPositive();
        assertThat(a.warnings()).anySatisfy(w -> assertThat(w).contains("stacks cut to their top frame"));
        assertThat(a.overall().allocatedBytes()).isEqualTo(ProfileAnalyzer.analyze(List.of(good)).overall().allocatedBytes());
    }
}
