package io.perfloop.profile.record;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code perfloop profile -- java …}: the same command with async-profiler loaded as an agent
 * ({@code -agentpath:…=start,event=cpu,…}) and a JFR recording started
 * ({@code -XX:StartFlightRecording:…}), both written when the program exits. Inserting options
 * after the launcher works for {@code -jar}, {@code -cp … Main} and {@code @argfiles} alike and
 * needs neither attach nor a second process.
 */
public final class LaunchedRecording {
    private LaunchedRecording() {
    }

    /**
     * A rewritten command and the files it will leave.
     *
     * @param command the command to run
     * @param files   where the recordings will be once it exits
     */
    public record Plan(List<String> command, RecordingFiles files) {
        public Plan {
            command = List.copyOf(command);
        }

        /** A process builder for {@link #command()}; redirect its I/O as needed. */
        public ProcessBuilder processBuilder() {
            return new ProcessBuilder(command);
        }
    }

    /**
     * Plans profiling of {@code javaCommand}, whose first element must be a {@code java} launcher.
     *
     * @throws IllegalArgumentException when the command does not start with a java launcher
     */
    public static Plan plan(List<String> javaCommand, Path directory, RecordingOptions options) {
        if (javaCommand.isEmpty() || !isJavaLauncher(javaCommand.get(0))) {
            throw new IllegalArgumentException("expected a java command (java …), got: " + String.join(" ", javaCommand)
                    + "; for other launchers start the JVM yourself and use --pid");
        }
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + directory, e);
        }
        List<String> notes = new ArrayList<>();
        boolean async = InProcessRecording.chooseAsyncProfiler(options.sampler(), notes);
        Path cpu = directory.resolve("cpu.jfr").toAbsolutePath();
        Path events = directory.resolve("profile.jfr").toAbsolutePath();
        List<String> command = new ArrayList<>();
        command.add(javaCommand.get(0));
        if (async) {
            command.add("-agentpath:" + AsyncProfilerLibrary.probe().library() + "="
                    + AsyncProfilerCommand.startCpu(options.cpuInterval(), cpu));
        }
        command.add("-XX:StartFlightRecording:" + JfrSettings.startFlightRecordingOption(options, !async, events));
        command.addAll(javaCommand.subList(1, javaCommand.size()));
        RecordingFiles files = new RecordingFiles(async ? cpu : null, events,
                async ? CpuSampler.ASYNC_PROFILER : CpuSampler.JFR, options.cpuInterval(), notes);
        return new Plan(command, files);
    }

    static boolean isJavaLauncher(String executable) {
        String name = Path.of(executable).getFileName().toString();
        return name.equals("java") || name.equals("java.exe") || name.equals("javaw.exe");
    }
}
