package io.perfloop.profile.analysis;

import io.perfloop.profile.scenario.ForkedRun;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #8: async-profiler's CPU samples of a JDK 25 process joined no request in about half the
 * runs, though the recording had them all and their times fell inside the requests.
 *
 * <p>The cause is the thread, not the clock. async-profiler identifies a thread by its OS id and
 * names it when it writes its file at exit, when the launcher has re-attached the main OS thread as
 * "DestroyJavaVM" with a new Java id; the analysis therefore takes the Java id and name from JFR's
 * {@code jdk.ThreadStart} / {@code jdk.ThreadCPULoad} events for that OS id. JDK 25's JFR (unlike
 * 17's) also records the "DestroyJavaVM" {@code jdk.ThreadStart} on the main OS thread, and whether
 * a last {@code jdk.ThreadCPULoad} of "main" follows it in the file is a race at exit. The analysis
 * kept the last Java thread read per OS id, so in the runs that lost the race every sample of
 * {@code main} was charged to "DestroyJavaVM" and joined nothing.
 *
 * <p>The files in {@code src/test/resources/issue8} are such a run: {@code Scenarios} phase
 * {@code cpu} on Temurin 25 through {@code ForkedRun} (async-profiler 4.1 at 10 ms into
 * {@code cpu.jfr}, JFR into {@code profile.jfr}), its journal, and the recordings cut down with JDK
 * 25's {@code jfr scrub --include-events} to what the join reads (execution samples; thread starts,
 * thread CPU load; settings, CPU information) and gzipped. Main is OS thread 12031: JFR's "main"
 * (Java id 3) from its start, its "DestroyJavaVM" (Java id 21) last in the file; async-profiler
 * names it "DestroyJavaVM" (Java id 21). Before the fix the hot loop's endpoint got 0 samples.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Issue8Test {
    private static final long MAIN_OS_THREAD = 12031;

    private Path cpu;
    private Path profile;
    private final List<RequestInterval> requests = new ArrayList<>();
    private long hotLoopCpuNanos;

    @BeforeAll
    void unpack(@TempDir Path dir) throws IOException {
        cpu = gunzip("cpu.jfr.gz", dir);
        profile = gunzip("profile.jfr.gz", dir);
        try (InputStream in = Issue8Test.class.getResourceAsStream("/issue8/journal.tsv")) {
            Map<String, Long> cpuNanos = new HashMap<>();
            ForkedRun.readJournal(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList(), requests, cpuNanos);
            hotLoopCpuNanos = cpuNanos.get("hot-loop");
        }
    }

    @Test
    void theRecordingLostTheRace_jfrLastSawMainsOsThreadAsDestroyJavaVM() throws IOException {
        RecordedThread last = null;
        try (RecordingFile in = new RecordingFile(profile)) {
            while (in.hasMoreEvents()) {
                RecordedEvent e = in.readEvent();
                String type = e.getEventType().getName();
                RecordedThread t = type.equals("jdk.ThreadStart") ? e.getThread("thread")
                        : type.equals("jdk.ThreadCPULoad") ? e.getThread() : null;
                if (t != null && t.getOSThreadId() == MAIN_OS_THREAD) {
                    last = t;
                }
            }
        }
        assertThat(last).isNotNull();
        assertThat(last.getJavaName()).isEqualTo("DestroyJavaVM");
        assertThat(last.getJavaThreadId()).isNotEqualTo(requests.get(0).threadId());
    }

    @Test
    void asyncProfilerSamplesOfMain_joinTheRequestsMainServed() {
        ProfileAnalysis analysis = ProfileAnalyzer.analyze(List.of(cpu, profile), AnalysisOptions.defaults().withRequests(requests));
        assertThat(analysis.recording().cpuSampler()).isEqualTo("async-profiler");
        ScopeProfile hot = analysis.endpoint("hot-loop").orElseThrow();
        double due = hotLoopCpuNanos / (double) hot.cpuIntervalNanos();
        assertThat(hot.cpuSamples()).as("samples vs %.0f due", due).isGreaterThanOrEqualTo((long) (0.9 * due));
        assertThat(hot.methodsBySelf().get(0).method()).isEqualTo("io.perfloop.profile.testapp.HotLoop.mix");
        assertThat(analysis.endpoint("waiting").orElseThrow().cpuSamples()).isLessThan(5);
    }

    private static Path gunzip(String name, Path dir) throws IOException {
        Path file = dir.resolve(name.substring(0, name.length() - ".gz".length()));
        try (InputStream in = new GZIPInputStream(Issue8Test.class.getResourceAsStream("/issue8/" + name))) {
            Files.copy(in, file);
        }
        return file;
    }
}
