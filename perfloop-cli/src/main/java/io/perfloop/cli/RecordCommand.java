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
                "3:internal error, or the application failed to start / crashed (its log tail is shown)"})
public final class RecordCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--app", required = true, paramLabel = "COMMAND", description = "how to start the application, e.g. \"java -jar app.jar --server.port=8080\"")
    String app;

    @Option(names = "--ready", required = true, paramLabel = "URL", description = "URL that answers (status < 500) once the application is ready")
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
        PrintWriter out = spec.commandLine().getOut();
        Recorder recorder = new Recorder(out, spec.commandLine().getErr(), ProfileCollector.forSwitch(profile));
        Path dir = recorder.record(new Recorder.Plan(app, ready, Duration.ofNanos(Durations.parseNanos(readyTimeout)),
                Duration.ofNanos(Durations.parseNanos(warmup)), AgentJar.locate(agentJar), agentOptions,
                runsDir.resolve(name != null ? name : LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-record"),
                workload, originalArgs()));
        RecordedRun recorded = RecordedRun.read(dir);
        recorded.writeFindings();
        Path html = HtmlReport.write(recorded.reportModel("perfloop record — " + dir.getFileName(), app), dir.resolve("report.html"));
        out.println();
        out.print(recorded.terminalReport(10));
        out.println();
        out.println("run written to " + dir + " (report: " + html + ")");
        out.flush();
        return recorder.complete() ? ExitCodes.SUCCESS : ExitCodes.INTERNAL_ERROR;
    }

    private java.util.List<String> originalArgs() {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("perfloop"));
        command.addAll(spec.commandLine().getParseResult().originalArgs());
        return command;
    }
}
