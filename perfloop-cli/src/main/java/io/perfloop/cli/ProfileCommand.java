package io.perfloop.cli;

import io.perfloop.core.finding.RuleConfig;
import io.perfloop.load.pacing.Durations;
import io.perfloop.profile.StandaloneProfile;
import io.perfloop.profile.analysis.AnalysisOptions;
import io.perfloop.profile.record.CpuSampler;
import io.perfloop.profile.record.RecordingOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

/**
 * {@code perfloop profile --pid N --duration 30s} or {@code perfloop profile -- java …}: CPU samples
 * from async-profiler where it loads (JFR otherwise), allocation, lock, wait and GC events from JFR;
 * a pstats-like table, findings and flame graphs.
 */
@Command(name = "profile", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Profiles a running JVM (--pid) or a java command (after --): hot methods and lines, allocation "
                + "sites, lock contention, GC pressure, event-loop stalls, pinned virtual threads; writes cpu.jfr, "
                + "profile.jfr and flame graphs (cpu.html, allocation.html) into --out."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.HELP_0, ExitCodes.HELP_2, ExitCodes.HELP_3})
public final class ProfileCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--pid", paramLabel = "PID", description = "attach to this running JVM")
    Long pid;

    @Option(names = "--duration", paramLabel = "DURATION", defaultValue = "30s", description = "with --pid: how long to record (default ${DEFAULT-VALUE})")
    String duration;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "profile", description = "where recordings and flame graphs go (default ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "10ms", description = "CPU sampling interval (default ${DEFAULT-VALUE})")
    String interval;

    @Option(names = "--sampler", paramLabel = "NAME", defaultValue = "auto", description = "CPU sampler: auto, async-profiler or jfr (default ${DEFAULT-VALUE})")
    String sampler;

    @Option(names = "--event-loop-threads", paramLabel = "REGEX", description = "names of non-blocking threads (default: Netty, Vert.x, Reactor)")
    String eventLoopThreads;

    @Option(names = "--rows", defaultValue = "20", description = "rows of the table (default ${DEFAULT-VALUE})")
    int rows;

    @Parameters(paramLabel = "JAVA_COMMAND", description = "after --: a java command to run under the profilers")
    List<String> command;

    @Override
    public Integer call() throws Exception {
        boolean launch = command != null && !command.isEmpty();
        if (launch == (pid != null)) {
            throw new IllegalArgumentException("give either --pid or a java command after --");
        }
        RecordingOptions recording = RecordingOptions.defaults()
                .withSampler(CpuSampler.valueOf(sampler.toUpperCase(Locale.ROOT).replace('-', '_')))
                .withCpuInterval(Duration.ofNanos(Durations.parseNanos(interval)));
        AnalysisOptions analysis = AnalysisOptions.defaults();
        if (eventLoopThreads != null) {
            analysis = analysis.withEventLoopThreads(Pattern.compile(eventLoopThreads));
        }
        Files.createDirectories(out);
        StandaloneProfile.Result result = launch
                ? StandaloneProfile.launch(command, out, recording, analysis, RuleConfig.defaults())
                : StandaloneProfile.attach(pid, Duration.ofNanos(Durations.parseNanos(duration)), out, recording, analysis, RuleConfig.defaults());
        PrintWriter w = spec.commandLine().getOut();
        w.print(result.text(rows));
        w.println("recordings and flame graphs in " + out.toAbsolutePath());
        w.flush();
        return launch ? (result.exitCode() == 0 ? ExitCodes.SUCCESS : ExitCodes.INTERNAL_ERROR) : ExitCodes.SUCCESS;
    }
}
