package io.perfloop.profile.record;

import jdk.jfr.Recording;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Records this JVM: async-profiler's CPU samples where it loads, and a JFR recording with
 * {@link JfrSettings}. One at a time per JVM (async-profiler is a per-process singleton).
 *
 * <pre>{@code
 * try (InProcessRecording rec = InProcessRecording.start(dir, RecordingOptions.defaults())) {
 *     work();
 *     RecordingFiles files = rec.stop();
 * }
 * }</pre>
 */
public final class InProcessRecording implements AutoCloseable {
    private static final AtomicBoolean ACTIVE = new AtomicBoolean();

    private final RecordingOptions options;
    private final Path cpuFile;
    private final Path eventsFile;
    private final Recording jfr;
    private final boolean asyncProfiler;
    private final List<String> notes;
    private RecordingFiles result;

    private InProcessRecording(RecordingOptions options, Path directory, boolean asyncProfiler, List<String> notes) {
        this.options = options;
        this.cpuFile = directory.resolve("cpu.jfr");
        this.eventsFile = directory.resolve("profile.jfr");
        this.asyncProfiler = asyncProfiler;
        this.notes = notes;
        this.jfr = new Recording(JfrSettings.forThisJvm(options, !asyncProfiler));
        jfr.setName("perfloop");
        jfr.setToDisk(true);
    }

    /** Starts recording into {@code directory} (created if needed): {@code cpu.jfr} and {@code profile.jfr}. */
    public static InProcessRecording start(Path directory, RecordingOptions options) {
        if (!ACTIVE.compareAndSet(false, true)) {
            throw new IllegalStateException("this JVM is already being profiled by perfloop; stop that recording first");
        }
        try {
            Files.createDirectories(directory);
            List<String> notes = new ArrayList<>();
            boolean useAsync = chooseAsyncProfiler(options.sampler(), notes);
            InProcessRecording rec = new InProcessRecording(options, directory, useAsync, notes);
            rec.begin();
            return rec;
        } catch (IOException e) {
            ACTIVE.set(false);
            throw new UncheckedIOException("cannot create " + directory, e);
        } catch (RuntimeException e) {
            ACTIVE.set(false);
            throw e;
        }
    }

    /** Whether to sample with async-profiler, noting why not where it was wanted but is missing. */
    static boolean chooseAsyncProfiler(CpuSampler wanted, List<String> notes) {
        if (wanted == CpuSampler.JFR) {
            return false;
        }
        AsyncProfilerLibrary.Probe probe = AsyncProfilerLibrary.probe();
        if (probe.available()) {
            return true;
        }
        if (wanted == CpuSampler.ASYNC_PROFILER) {
            throw new IllegalStateException(probe.problem());
        }
        notes.add(probe.problem() + "; JFR samples the CPU instead (it under-samples native code on JDK < 21)");
        return false;
    }

    private void begin() {
        jfr.start();
        if (asyncProfiler) {
            try {
                AsyncProfilerLibrary.instance().execute(AsyncProfilerCommand.startCpu(options.cpuInterval(), cpuFile));
            } catch (IOException | RuntimeException e) {
                jfr.close();
                throw new IllegalStateException("async-profiler did not start: " + e.getMessage(), e);
            }
        }
    }

    /** Stops both profilers and writes their files; idempotent. */
    public synchronized RecordingFiles stop() {
        if (result != null) {
            return result;
        }
        try {
            if (asyncProfiler) {
                AsyncProfilerLibrary.instance().execute(AsyncProfilerCommand.stop(cpuFile));
            }
            jfr.stop();
            jfr.dump(eventsFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the recording", e);
        } finally {
            jfr.close();
            ACTIVE.set(false);
        }
        result = new RecordingFiles(asyncProfiler ? cpuFile : null, eventsFile,
                asyncProfiler ? CpuSampler.ASYNC_PROFILER : CpuSampler.JFR, options.cpuInterval(), notes, ProcessCpus.current());
        return result;
    }

    @Override
    public void close() {
        stop();
    }
}
