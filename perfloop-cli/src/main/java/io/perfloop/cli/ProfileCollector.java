package io.perfloop.cli;

import io.perfloop.core.finding.Finding;
import io.perfloop.core.finding.RuleConfig;
import io.perfloop.load.pacing.Durations;
import io.perfloop.profile.record.AttachedRecording;
import io.perfloop.profile.record.RecordingFiles;
import io.perfloop.profile.record.RecordingOptions;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * Profiles the application during the measured window of {@code perfloop record}: at its start,
 * attaches to the application's JVM (the pid the agent reported) and starts async-profiler (CPU,
 * every 10 ms) and JFR with perfloop's settings (allocation samples, locks, parks, socket and file
 * I/O over 10 ms, GC, pinned virtual threads on 21+; JFR samples the CPU where async-profiler
 * does not load); at its end, stops both, leaving {@code profile/cpu.jfr} and
 * {@code profile/profile.jfr}, and analyses them joined to the captured requests (see
 * {@link RunProfile}).
 *
 * <p>Attaching rather than having the agent start the profilers: the attach API and the JMX
 * connection are already what {@code perfloop profile --pid} uses and tests, the profilers start
 * exactly at the window's edges without a new control channel into the agent, and the agent stays
 * free of native code. The price: the application must allow attach (no
 * {@code -XX:+DisableAttachMechanism}, same user) — when it does not, the recording goes on without
 * a profile and says so.
 */
final class ProfileCollector implements RunCollector {
    static final String DIR = "profile";

    private final RecordingOptions options;
    private final RuleConfig rules;
    private AttachedRecording recording;

    ProfileCollector() {
        this(RecordingOptions.defaults(), RuleConfig.defaults());
    }

    ProfileCollector(RecordingOptions options, RuleConfig rules) {
        this.options = options;
        this.rules = rules;
    }

    /**
     * The collectors {@code --profile} asks for: none for {@code off}, one sampling the CPU every
     * 10 ms for {@code on}, or at the interval given (e.g. {@code 2ms}: more samples in a short run).
     */
    static List<RunCollector> forSwitch(String value) {
        String v = value.trim().toLowerCase(java.util.Locale.ROOT);
        if (v.equals("off")) {
            return List.of();
        }
        if (v.equals("on")) {
            return List.of(new ProfileCollector());
        }
        long nanos;
        try {
            nanos = Durations.parseNanos(v);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--profile takes on, off or a CPU sampling interval such as 2ms, was '" + value + "'");
        }
        if (nanos < 100_000 || nanos > 1_000_000_000) {
            throw new IllegalArgumentException("--profile: a CPU sampling interval between 100us and 1s, was '" + value + "'");
        }
        return List.of(new ProfileCollector(RecordingOptions.defaults().withCpuInterval(java.time.Duration.ofNanos(nanos)),
                RuleConfig.defaults()));
    }

    @Override
    public String name() {
        return "profile";
    }

    @Override
    public void measuringStarted(RunContext run) {
        if (run.pid() <= 0) {
            note(run.err(), "the agent reported no process id");
            return;
        }
        try {
            recording = AttachedRecording.start(run.pid(), run.dir().resolve(DIR), options);
        } catch (IOException | RuntimeException e) {
            note(run.err(), e.getMessage());
            return;
        }
        step(run.out(), "profiling process " + run.pid() + " (CPU: async-profiler where it loads, every "
                + io.perfloop.profile.analysis.Durations.format(options.cpuInterval().toNanos()) + "; allocation, locks, waits, GC: JFR)");
        run.err().flush();
    }

    @Override
    public void measuringEnded(RunContext run) throws IOException {
        if (recording == null) {
            return;
        }
        RecordingFiles files;
        try {
            files = recording.stop();
        } finally {
            recording = null;
        }
        files.notes().forEach(n -> run.err().println("perfloop record: note: " + n));
        Path profileDir = run.dir().resolve(DIR);
        if (files.paths().isEmpty()) {
            throw new IOException("the application wrote no recording into " + profileDir);
        }
        RunProfile profile = RunProfile.analyse(run.dir(), files, rules);
        profile.write(run.dir(), profileDir);
        PrintWriter out = run.out();
        String sampling = profile.analysis().sampling().message();
        if (!profile.analysis().warnings().contains(sampling)) { // a low count is printed with the warnings
            step(out, "profile: " + sampling);
        }
        profile.analysis().warnings().forEach(w -> run.err().println("perfloop record: profile warning: " + w));
        profile.samplingWarnings().forEach(w -> run.err().println("perfloop record: profile warning: " + w));
        out.print(profile.endpointTable());
        List<Finding> findings = profile.findings();
        step(out, "profile: " + findings.size() + " finding(s) on endpoints; recordings, flame graphs and the table in " + profileDir);
        run.err().flush();
    }

    private static void note(PrintWriter err, String why) {
        err.println("perfloop record: note: profiling could not start (" + why + "); the recording goes on without a profile"
                + " (--profile=off skips it)");
        err.flush();
    }

    private static void step(PrintWriter out, String what) {
        out.println("[record] " + what);
        out.flush();
    }
}
