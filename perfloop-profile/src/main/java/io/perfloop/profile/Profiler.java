package io.perfloop.profile;

import io.perfloop.core.finding.Finding;
import io.perfloop.core.finding.RuleConfig;
import io.perfloop.profile.analysis.AnalysisOptions;
import io.perfloop.profile.analysis.ProfileAnalysis;
import io.perfloop.profile.analysis.ProfileAnalyzer;
import io.perfloop.profile.record.InProcessRecording;
import io.perfloop.profile.record.RecordingFiles;
import io.perfloop.profile.record.RecordingOptions;
import io.perfloop.profile.report.ProfileTable;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Profiles a block of code in this JVM, the way Python's {@code cProfile.run} does, and prints a
 * pstats-like table (top 20 methods by cumulative share, with self share and hot line):
 *
 * <pre>{@code
 * Profile p = Profiler.profile(() -> invoices.renderAll());
 * p.findings();                          // hot-method, allocation-hotspot, lock-contention, …
 * p.writeFlameGraph(Path.of("cpu.html"));
 * }</pre>
 *
 * The whole JVM is recorded while the block runs (threads it starts included): async-profiler for
 * CPU where it loads, JFR for allocation, locks, waits and GC. One profile at a time per JVM.
 */
public final class Profiler {
    private RecordingOptions recording = RecordingOptions.defaults();
    private AnalysisOptions analysis = AnalysisOptions.defaults();
    private PrintStream out = System.out;
    private Path directory;
    private int rows = 20;
    private RuleConfig config = RuleConfig.defaults();

    private Profiler() {
    }

    /** Work to profile. */
    @FunctionalInterface
    public interface Work {
        /** Runs the work. */
        void run() throws Exception;
    }

    /** Profiles {@code work} with the defaults and prints the table to standard output. */
    public static Profile profile(Work work) {
        return builder().run(work);
    }

    /** A profiler to configure. */
    public static Profiler builder() {
        return new Profiler();
    }

    /** How to record (sampler, interval, thresholds). */
    public Profiler recording(RecordingOptions options) {
        this.recording = Objects.requireNonNull(options);
        return this;
    }

    /** How to analyse (request intervals, event-loop thread names…). */
    public Profiler analysis(AnalysisOptions options) {
        this.analysis = Objects.requireNonNull(options);
        return this;
    }

    /** Where to print the table; null prints nothing. */
    public Profiler printTo(PrintStream stream) {
        this.out = stream;
        return this;
    }

    /** Keeps the recordings in {@code dir} instead of a temporary directory that is deleted. */
    public Profiler keepRecordingsIn(Path dir) {
        this.directory = dir;
        return this;
    }

    /** Rule thresholds for the findings. */
    public Profiler rules(RuleConfig value) {
        this.config = Objects.requireNonNull(value);
        return this;
    }

    /** Rows per table section (default 20). */
    public Profiler rows(int value) {
        this.rows = value;
        return this;
    }

    /**
     * Runs {@code work} under the profilers, analyses the recordings and prints the table. If the
     * work throws, the exception propagates (wrapped when checked) after the profilers are stopped.
     */
    public Profile run(Work work) {
        Path dir = directory;
        boolean temporary = dir == null;
        try {
            if (temporary) {
                dir = Files.createTempDirectory("perfloop-profile");
            }
            RecordingFiles files;
            Instant started;
            Instant ended;
            try (InProcessRecording rec = InProcessRecording.start(dir, recording)) {
                started = Instant.now(); // profile the block, not the profilers starting and stopping
                try {
                    work.run();
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException("the profiled work failed: " + e.getMessage(), e);
                }
                ended = Instant.now();
                files = rec.stop();
            }
            AnalysisOptions options = analysis.withRecorded(files.cpuInterval(), files.cpus());
            ProfileAnalysis result = ProfileAnalyzer.analyze(files.paths(), options.from() == null && options.to() == null
                    ? options.withWindow(started, ended) : options);
            List<Finding> findings = result.findings(config);
            String table = new ProfileTable(rows).render(result, findings);
            for (String note : files.notes()) {
                table = "note: " + note + "\n" + table;
            }
            if (out != null) {
                out.print(table);
                out.flush();
            }
            return new Profile(result, findings, table, temporary ? null : files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temporary && dir != null) {
                delete(dir);
            }
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
