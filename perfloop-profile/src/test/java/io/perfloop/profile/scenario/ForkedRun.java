package io.perfloop.profile.scenario;

import io.perfloop.profile.analysis.AnalysisOptions;
import io.perfloop.profile.analysis.ProfileAnalysis;
import io.perfloop.profile.analysis.ProfileAnalyzer;
import io.perfloop.profile.analysis.RequestInterval;
import io.perfloop.profile.record.LaunchedRecording;
import io.perfloop.profile.record.ProcessCpus;
import io.perfloop.profile.record.RecordingFiles;
import io.perfloop.profile.record.RecordingOptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a test program in a fresh JVM under {@code perfloop profile -- java …} (the
 * {@link LaunchedRecording} path), then reads its journal: request intervals and measured CPU.
 */
public final class ForkedRun {
    public final RecordingFiles files;
    public final List<RequestInterval> intervals = new ArrayList<>();
    public final Map<String, Long> cpuNanos = new HashMap<>();
    public final String output;

    private ForkedRun(RecordingFiles files, Path journal, String output) throws IOException {
        this.files = files;
        this.output = output;
        if (Files.exists(journal)) {
            readJournal(Files.readAllLines(journal, StandardCharsets.UTF_8), intervals, cpuNanos);
        }
    }

    /**
     * Parses a test program's journal ({@code interval} and {@code cpu} lines, written by
     * {@code testapp.Journal}) into request intervals and measured CPU per endpoint.
     */
    public static void readJournal(List<String> lines, List<RequestInterval> intervals, Map<String, Long> cpuNanos) {
        for (String line : lines) {
            String[] f = line.split("\t");
            if (f[0].equals("interval")) {
                intervals.add(new RequestInterval(f[1], Long.parseLong(f[2]), f[3], Long.parseLong(f[4]), Long.parseLong(f[5])));
            } else if (f[0].equals("cpu")) {
                cpuNanos.merge(f[1], Long.parseLong(f[2]), Long::sum);
            }
        }
    }

    /** The JDK at {@code perfloop.jdk25.home}; tests needing it fail when CI=true and it is missing. */
    public static Path jdk25() {
        return Path.of(System.getProperty("perfloop.jdk25.home", "/usr/lib/jvm/temurin-25-jdk-amd64"));
    }

    /** The JDK running the tests (17). */
    public static Path currentJdk() {
        return Path.of(System.getProperty("java.home"));
    }

    /** Runs {@code mainClass} with {@code args} (the journal path is prepended) on {@code jdk}. */
    public static ForkedRun run(Path jdk, RecordingOptions options, Path dir, List<String> jvmArgs, Class<?> mainClass,
                                String... args) throws Exception {
        return run(null, jdk, options, dir, jvmArgs, mainClass, args);
    }

    /**
     * The same, pinned to the CPUs in {@code cpuList} ({@code taskset -c}); the recordings carry the CPU
     * count read from the running process, as {@code perfloop profile} reads it.
     */
    public static ForkedRun runPinned(String cpuList, Path jdk, RecordingOptions options, Path dir, List<String> jvmArgs,
                                      Class<?> mainClass, String... args) throws Exception {
        return run(cpuList, jdk, options, dir, jvmArgs, mainClass, args);
    }

    private static ForkedRun run(String cpuList, Path jdk, RecordingOptions options, Path dir, List<String> jvmArgs,
                                 Class<?> mainClass, String... args) throws Exception {
        Path journal = dir.resolve("journal.tsv");
        List<String> command = new ArrayList<>();
        command.add(jdk.resolve("bin").resolve("java").toString());
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.add(journal.toString());
        command.addAll(List.of(args));
        LaunchedRecording.Plan plan = LaunchedRecording.plan(command, dir.resolve("recording"), options);
        List<String> launched = new ArrayList<>();
        if (cpuList != null) {
            launched.addAll(List.of("taskset", "-c", cpuList));
        }
        launched.addAll(plan.command());
        Path log = dir.resolve("output.txt");
        Process p = new ProcessBuilder(launched).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        RecordingFiles files = plan.files();
        if (cpuList != null) {
            files = files.withCpus(pinnedCpus(p));
        }
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("test program did not finish in 120 s: " + Files.readString(log));
        }
        String output = Files.readString(log);
        if (p.exitValue() != 0) {
            throw new AssertionError("test program failed (exit " + p.exitValue() + "):\n" + output);
        }
        return new ForkedRun(files, journal, output);
    }

    /** The CPU count of a process started through taskset, once taskset has set the mask and exec'd java. */
    private static int pinnedCpus(Process p) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline && p.isAlive()) {
            String command = p.info().command().orElse("");
            if (command.endsWith("/java")) {
                return ProcessCpus.of(p.pid());
            }
            Thread.sleep(5);
        }
        throw new AssertionError("the pinned test program did not start java within 10 s");
    }

    /** The recordings analysed with this run's request intervals. */
    public ProfileAnalysis analyze() {
        return ProfileAnalyzer.analyze(files.paths(), AnalysisOptions.defaults().withRequests(intervals).withCpus(files.cpus()));
    }
}
