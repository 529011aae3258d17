package io.perfloop.cli;

import io.perfloop.core.events.AgentControl;
import io.perfloop.core.report.HtmlReport;
import io.perfloop.core.report.RecordedRun;
import io.perfloop.core.run.Run;
import io.perfloop.core.run.RunWriter;
import io.perfloop.load.pacing.Durations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code perfloop record}: start the application with the agent, wait until it is ready, warm it
 * up, replay the workload, stop, and write the run directory with the ranked findings.
 */
@Command(name = "record", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Starts the application with perfloop's agent, waits until it is ready, warms it up, replays "
                + "the workload, stops it, and writes runs/<id>/ (run.json, events.jsonl, findings.json, report.html).",
                "Prints where each endpoint's time goes and the findings ranked by predicted gain x traffic."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.HELP_0, ExitCodes.HELP_1, ExitCodes.HELP_2,
                "3:internal error, or the application failed to start / crashed (its log tail is shown)"},
        footerHeading = "%nExamples:%n",
        footer = {"  perfloop record --app \"java -jar app.jar\" --ready http://127.0.0.1:8080/health --workload access.log --target http://127.0.0.1:8080",
                "  perfloop record --attach 4242 --workload access.log --target http://127.0.0.1:8080 --duration 60s"})
public final class RecordCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--app", paramLabel = "COMMAND", description = "how to start the application, e.g. \"java -jar app.jar --server.port=8080\"")
    String app;

    @Option(names = "--attach", paramLabel = "PID", description = "instead of --app: attach the agent to this running JVM, "
            + "which keeps running afterwards (the agent stays in it, idle, until it restarts)")
    Long attach;

    @Option(names = "--ready", paramLabel = "URL", description = "URL that answers (status < 500) once the application is ready "
            + "(required with --app)")
    String ready;

    @Option(names = "--ready-timeout", paramLabel = "DURATION", defaultValue = "120s", description = "how long to wait for --ready (default ${DEFAULT-VALUE})")
    String readyTimeout;

    @Option(names = "--warmup", paramLabel = "DURATION", defaultValue = "10s", description = "traffic before measuring, not kept (default ${DEFAULT-VALUE}; 0s for none)")
    String warmup;

    @Option(names = "--agent", paramLabel = "JAR", description = "perfloop-agent.jar (default: next to perfloop.jar, or perfloop-agent/target)")
    Path agentJar;

    @Option(names = "--agent-options", paramLabel = "OPTS", description = "extra agent options, e.g. parameters=true")
    String agentOptions;

    @Option(names = "--name", paramLabel = "NAME", description = "run directory name (default: a timestamp)")
    String name;

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "database to explain the captured statements on "
            + "(default: the URL the application connected with, as the agent saw it, without password)")
    String db;

    @Option(names = "--runs-dir", paramLabel = "DIR", defaultValue = "runs", description = "where run directories are written (default ${DEFAULT-VALUE})")
    Path runsDir;

    @Option(names = "--profile", paramLabel = "on|off|INTERVAL", defaultValue = "on",
            description = "profile the application while measuring — CPU (async-profiler), allocation, locks, waits, GC (JFR): "
                    + "on (CPU every 10 ms), off, or a CPU sampling interval such as 2ms (default ${DEFAULT-VALUE})")
    String profile;

    @Mixin
    WorkloadOptions workload;

    @Override
    public Integer call() throws Exception {
        if ((app == null) == (attach == null)) {
            throw new IllegalArgumentException("give either --app COMMAND (perfloop starts it) or --attach PID (a running JVM)");
        }
        if (app != null && ready == null) {
            throw new IllegalArgumentException("--app needs --ready URL: how perfloop knows the application has started");
        }
        if (attach != null && attach <= 0) {
            throw new IllegalArgumentException("--attach takes a process id, was " + attach);
        }
        PrintWriter out = spec.commandLine().getOut();
        List<RunCollector> collectors = new java.util.ArrayList<>(List.of(new QueryPlanCollector(db)));
        collectors.addAll(ProfileCollector.forSwitch(profile));
        Recorder recorder = new Recorder(out, spec.commandLine().getErr(), collectors);
        Path dir = recorder.record(new Recorder.Plan(app != null ? app : "process " + attach, ready, Duration.ofNanos(Durations.parseNanos(readyTimeout)),
                Duration.ofNanos(Durations.parseNanos(warmup)), AgentJar.locate(agentJar), agentOptions,
                runsDir.resolve(name != null ? name : LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-record"),
                workload, originalArgs()), attach == null ? 0 : attach);
        RecordedRun recorded = RecordedRun.read(dir);
        recorded.writeFindings();
        Path html = HtmlReport.write(recorded.reportModel("perfloop record — " + dir.getFileName(), app != null ? app : "attached to process " + attach), dir.resolve("report.html"));
        out.println();
        out.print(recorded.terminalReport(10));
        out.println();
        out.println("run written to " + dir + " (report: " + html + ")");
        out.flush();
        return recorder.complete() ? ExitCodes.SUCCESS : ExitCodes.INTERNAL_ERROR;
    }

    private java.util.List<String> originalArgs() {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("perfloop"));
        command.addAll(QueryPlanCollector.withoutPasswords(spec.commandLine().getParseResult().originalArgs()));
        return command;
    }
}
