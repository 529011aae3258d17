package io.perfloop.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.perfloop.core.run.CheckResult;
import io.perfloop.core.run.Run;
import io.perfloop.core.run.RunWriter;
import io.perfloop.load.LoadOptions;
import io.perfloop.load.LoadTest;
import io.perfloop.load.http.ClientSettings;
import io.perfloop.load.pacing.Durations;
import io.perfloop.load.record.EndpointGrouper;
import io.perfloop.load.report.Check;
import io.perfloop.load.report.ProgressLine;
import io.perfloop.load.report.SummaryTable;
import io.perfloop.load.source.SourceProblems;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code perfloop load}: replay or generate a workload against a service and record its latencies. */
@Command(name = "load", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Replays an access log, HAR file or target file against a service (or drives it at a fixed "
                + "rate or concurrency), measures latency from each request's intended start (no coordinated "
                + "omission) and writes runs/<id>/run.json.",
                "Pacing: by the log's timestamps (default), --rate N (open model) or --concurrency N (closed model)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.HELP_0, ExitCodes.HELP_1, ExitCodes.HELP_2, ExitCodes.HELP_3})
public final class LoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WorkloadOptions workload;

    @Option(names = "--dry-run", description = "print how many requests, how long and what peak rate, without sending any")
    boolean dryRun;

    @Option(names = "--runs-dir", paramLabel = "DIR", defaultValue = "runs", description = "where run directories are written (default ${DEFAULT-VALUE})")
    Path runsDir;

    @Option(names = "--progress", paramLabel = "WHEN", defaultValue = "auto", description = "live progress line: auto (on a terminal), always, never")
    String progress;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LoadTest test = LoadTest.of(options());
        SourceProblems problems = new SourceProblems(err, 10);
        if (dryRun) {
            test.dryRun(problems).print(out);
            return ExitCodes.SUCCESS;
        }
        ProgressLine line = new ProgressLine(err, switch (progress) {
            case "always" -> true;
            case "never" -> false;
            case "auto" -> System.console() != null;
            default -> throw new IllegalArgumentException("--progress must be auto, always or never");
        });
        List<String> command = new ArrayList<>(List.of("perfloop"));
        command.addAll(spec.commandLine().getParseResult().originalArgs());
        Run run = test.run(line, problems, command, Path.of(""));
        line.finish();
        SummaryTable.print(run, out, 20);
        Path dir = RunWriter.create(runsDir, run);
        out.println("run written to " + dir.resolve(RunWriter.RUN_FILE));
        out.flush();
        return run.checks().stream().allMatch(CheckResult::passed) ? ExitCodes.SUCCESS : ExitCodes.THRESHOLD_FAILED;
    }

    LoadOptions options() {
        return workload.toLoadOptions();
    }
}
