package io.perfloop.cli;

import io.perfloop.core.events.AgentControl;
import io.perfloop.core.events.AgentStatus;
import io.perfloop.core.run.Run;
import io.perfloop.core.run.RunWriter;
import io.perfloop.load.LoadOptions;
import io.perfloop.load.LoadTest;
import io.perfloop.load.report.ProgressLine;
import io.perfloop.load.source.SourceProblems;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The steps of a recording, in order: start the application with the agent, wait until ready, warm
 * up (requests not kept), tell the agent to keep, replay the workload, flush, stop. A crash during
 * the run keeps what was captured and says so; a failed start says why, with the log's tail.
 */
final class Recorder {
    /** What to record. */
    record Plan(String app, String ready, Duration readyTimeout, Duration warmup, Path agentJar, String agentOptions,
                Path dir, WorkloadOptions workload, List<String> command) {
    }

    private final PrintWriter out;
    private final PrintWriter err;
    private final List<RunCollector> collectors;
    private boolean complete = true;

    Recorder(PrintWriter out, PrintWriter err) {
        this(out, err, List.of());
    }

    /** A recorder that also runs {@code collectors} around the measured window. */
    Recorder(PrintWriter out, PrintWriter err, List<RunCollector> collectors) {
        this.out = out;
        this.err = err;
        this.collectors = List.copyOf(collectors);
    }

    /** Whether the application survived the whole run. */
    boolean complete() {
        return complete;
    }

    /** Starts {@code plan.app()} with the agent and records it. */
    Path record(Plan plan) throws Exception {
        return record(plan, 0);
    }

    /**
     * Records the application: with {@code attachPid} 0 it starts {@code plan.app()} with the agent and
     * stops it afterwards; otherwise it attaches the agent to that running JVM and leaves it running.
     */
    Path record(Plan plan, long attachPid) throws Exception {
        LoadOptions options = plan.workload().toLoadOptions();
        Path dir = prepare(plan.dir());
        String agentOptions = "output=" + dir.toAbsolutePath() + ",keep=false"
                + (plan.agentOptions() == null || plan.agentOptions().isBlank() ? "" : "," + plan.agentOptions());
        TargetApp started;
        if (attachPid > 0) {
            step("attaching the agent to process " + attachPid);
            started = AttachedApp.attach(attachPid, plan.agentJar(), agentOptions);
        } else {
            refuseTakenPort(options.target());
            step("starting the application (log: " + dir.resolve("app.log") + ")");
            started = AppProcess.start(plan.app(), "-javaagent:" + plan.agentJar().toAbsolutePath() + "=" + agentOptions,
                    dir.resolve("app.log"), Map.of());
        }
        try (TargetApp app = started) {
            try {
                app.awaitReady(plan.ready(), plan.readyTimeout());
            } catch (AppProcess.AppFailure failure) {
                err.println("perfloop record: " + failure.getMessage() + "; last lines of its log:");
                err.println(failure.tail);
                throw new IllegalStateException(failure.getMessage(), failure);
            }
            AgentControl control = AgentControl.of(dir);
            try {
                control.awaitRunning(Duration.ofSeconds(30));
            } catch (IOException | IllegalStateException e) {
                throw new IllegalStateException("the agent did not start in the application: " + e.getMessage()
                        + (attachPid > 0 ? " (a JVM takes perfloop's agent once: after an earlier --attach, restart it)"
                        : "; last lines of its log:\n" + app.tail(30)), e);
            }
            step("ready; agent running");
            if (!plan.warmup().isZero()) {
                step("warming up for " + plan.warmup().toSeconds() + " s (not kept)");
                LoadTest.of(withDuration(options, plan.warmup())).run(progress(), problems(), plan.command(), Path.of(""));
            }
            AgentStatus status = control.keep(Duration.ofSeconds(10));
            RunCollector.RunContext context = new RunCollector.RunContext(dir, status.pid(), plan, out, err);
            collect(context, true);
            step("measuring");
            Run run = LoadTest.of(options).run(progress(), problems(), plan.command(), Path.of(""));
            if (app.alive()) {
                control.flush(Duration.ofSeconds(30));
                collect(context, false);
                if (attachPid > 0) {
                    control.pause(Duration.ofSeconds(10)); // the agent stays loaded; it stops keeping requests
                }
            } else {
                complete = false;
                err.println("perfloop record: the application " + app.ending()
                        + " during the run; keeping what was captured. Last lines of its log:");
                err.println(app.tail(30));
            }
            RunWriter.write(dir.resolve(RunWriter.RUN_FILE), run.withId(dir.getFileName().toString()));
            step(attachPid > 0 ? "detaching: process " + attachPid + " keeps running, the agent idle in it" : "stopping the application");
        }
        return dir;
    }

    private void collect(RunCollector.RunContext context, boolean starting) {
        for (RunCollector c : collectors) {
            try {
                if (starting) {
                    c.measuringStarted(context);
                } else {
                    c.measuringEnded(context);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception | LinkageError e) {
                err.println("perfloop record: " + c.name() + " not collected: " + e.getMessage());
                err.flush();
            }
        }
    }

    private static Path prepare(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            try (var entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException("run directory " + dir + " exists and is not empty: choose another --name");
                }
            }
        }
        return Files.createDirectories(dir);
    }

    /** A server already answering on the target port is not the one we are about to start. */
    static void refuseTakenPort(String target) {
        if (target == null) {
            return;
        }
        URI uri = URI.create(target);
        int port = uri.getPort() > 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
        try (java.net.Socket s = new java.net.Socket()) {
            s.connect(new java.net.InetSocketAddress(uri.getHost(), port), 300);
        } catch (IOException free) {
            return;
        }
        throw new IllegalArgumentException("port " + port + " on " + uri.getHost() + " is already taken by another "
                + "process: stop it, or start the application on another port (and --target/--ready with it)");
    }

    private static LoadOptions withDuration(LoadOptions o, Duration d) {
        return new LoadOptions(o.source(), o.sourceType(), o.logFormat(), o.keepCredentials(), o.target(), o.speed(),
                o.maxIdleNanos(), o.reorderWindow(), o.rate(), o.rampNanos(), o.concurrency(), d.toNanos(), o.maxRequests(),
                o.client(), o.groups(), o.maxEndpoints(), o.maxBacklog(), List.of());
    }

    private ProgressLine progress() {
        return new ProgressLine(err, System.console() != null);
    }

    private SourceProblems problems() {
        return new SourceProblems(err, 10);
    }

    private void step(String what) {
        out.println("[record] " + what);
        out.flush();
    }
}
