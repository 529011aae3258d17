package io.perfloop.profile;

import io.perfloop.core.finding.Finding;
import io.perfloop.core.finding.RuleConfig;
import io.perfloop.profile.analysis.AnalysisOptions;
import io.perfloop.profile.analysis.ProfileAnalysis;
import io.perfloop.profile.analysis.ProfileAnalyzer;
import io.perfloop.profile.record.AttachedRecording;
import io.perfloop.profile.record.LaunchedRecording;
import io.perfloop.profile.record.ProcessCpus;
import io.perfloop.profile.record.RecordingFiles;
import io.perfloop.profile.record.RecordingOptions;
import io.perfloop.profile.report.FlameGraphHtml;
import io.perfloop.profile.report.ProfileTable;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What {@code perfloop profile} does, so the command is a thin shell around it:
 * {@code perfloop profile --pid <pid> --duration 30s} ({@link #attach}) and
 * {@code perfloop profile -- java …} ({@link #launch}). Both leave {@code cpu.jfr} (async-profiler,
 * where it loads), {@code profile.jfr} (JFR), {@code cpu.html} and {@code allocation.html} (flame
 * graphs) in the output directory and return the analysis with its findings.
 */
public final class StandaloneProfile {
    private StandaloneProfile() {
    }

    /**
     * A finished profile.
     *
     * @param exitCode the launched program's exit code; 0 for an attached JVM
     * @param files    the recordings
     * @param analysis their analysis
     * @param findings what the profile rules found
     * @param notes    what recording had to fall back on (e.g. JFR sampling the CPU)
     */
    public record Result(int exitCode, RecordingFiles files, ProfileAnalysis analysis, List<Finding> findings, List<String> notes) {
        /** The pstats-like table (top {@code rows} per section) with the findings, as printed by the command. */
        public String text(int rows) {
            StringBuilder out = new StringBuilder();
            notes.forEach(n -> out.append("note: ").append(n).append('\n'));
            return out.append(new ProfileTable(rows).render(analysis, findings)).toString();
        }
    }

    /** Records the running JVM {@code pid} for {@code duration} (attach API: async-profiler agent + JFR over JMX). */
    public static Result attach(long pid, Duration duration, Path dir, RecordingOptions recording, AnalysisOptions analysis,
                                RuleConfig rules) throws IOException, InterruptedException {
        RecordingFiles files = AttachedRecording.record(pid, duration, dir, recording);
        return finish(0, files, dir, analysis, rules);
    }

    /**
     * Runs {@code javaCommand} (first element a {@code java} launcher) with the profilers added, its
     * standard streams inherited, until it exits.
     */
    public static Result launch(List<String> javaCommand, Path dir, RecordingOptions recording, AnalysisOptions analysis,
                                RuleConfig rules) throws IOException, InterruptedException {
        LaunchedRecording.Plan plan = LaunchedRecording.plan(javaCommand, dir, recording);
        Process process = plan.processBuilder().inheritIO().start();
        int cpus = ProcessCpus.of(process.pid()); // read while it runs: the JVM's affinity, inherited from us
        int exit = process.waitFor();
        if (plan.files().paths().isEmpty()) {
            throw new IOException("the program exited (code " + exit + ") without leaving a recording in " + dir
                    + " (did the JVM start? is the directory writable?)");
        }
        return finish(exit, plan.files().withCpus(cpus), dir, analysis, rules);
    }

    private static Result finish(int exit, RecordingFiles files, Path dir, AnalysisOptions options, RuleConfig rules)
            throws IOException {
        ProfileAnalysis analysis = ProfileAnalyzer.analyze(files.paths(), options.withRecorded(files.cpuInterval(), files.cpus()));
        FlameGraphHtml.cpu(analysis).write(dir.resolve("cpu.html"));
        FlameGraphHtml.allocation(analysis).write(dir.resolve("allocation.html"));
        return new Result(exit, files, analysis, analysis.findings(rules), files.notes());
    }
}
