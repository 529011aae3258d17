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
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The workload options shared by {@code load} and {@code record}: what to send, where, and how it is
 * paced. A picocli mixin, so both commands spell them the same.
 */
public final class WorkloadOptions {
    @Parameters(index = "0", arity = "0..1", paramLabel = "WORKLOAD", description = "access log (.log, .gz), HAR (.har) or target file")
    Path workload;

    @Option(names = "--workload", paramLabel = "FILE", description = "the workload file (same as the WORKLOAD parameter)")
    Path workloadOption;

    @Option(names = "--target", paramLabel = "URL", description = "base URL requests are sent to, e.g. http://localhost:8080")
    String target;

    @Option(names = "--type", paramLabel = "TYPE", description = "access-log, har or targets (default: detect)")
    String type;

    @Option(names = "--log-format", paramLabel = "FORMAT", description = "combined (default), common, an nginx log_format "
            + "('$remote_addr [$time_local] \"$request\" ...') or an Apache LogFormat ('%%h %%t \"%%r\" ...')")
    String logFormat;

    @Option(names = "--speed", paramLabel = "FACTOR", defaultValue = "1x", description = "replay speed: 2x, 0.5x, 50%% (default ${DEFAULT-VALUE})")
    String speed;

    @Option(names = "--max-idle", paramLabel = "DURATION", defaultValue = "10s", description = "cap on gaps between replayed requests (default ${DEFAULT-VALUE})")
    String maxIdle;

    @Option(names = "--reorder-window", paramLabel = "N", defaultValue = "1000", description = "log lines sorted together to repair out-of-order lines (default ${DEFAULT-VALUE})")
    int reorderWindow;

    @Option(names = "--rate", paramLabel = "N", description = "open model: N requests per second, whatever the server does")
    Double rate;

    @Option(names = "--ramp", paramLabel = "DURATION", description = "with --rate: rise linearly from 0 to the rate over this long")
    String ramp;

    @Option(names = "--concurrency", paramLabel = "N", description = "closed model: N users, each sending when its previous request completed")
    Integer concurrency;

    @Option(names = "--duration", paramLabel = "DURATION", description = "run length (default: one pass over the workload); loops the workload when longer")
    String duration;

    @Option(names = "--requests", paramLabel = "N", description = "stop after N requests")
    Long requests;

    @Option(names = "--connections", paramLabel = "N", defaultValue = "64", description = "most requests in flight (open model; default ${DEFAULT-VALUE})")
    int connections;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "10s", description = "per-request timeout (default ${DEFAULT-VALUE})")
    String timeout;

    @Option(names = "--http2", description = "use HTTP/2 (h2c prior knowledge on http://)")
    boolean http2;

    @Option(names = "--client", paramLabel = "NAME", defaultValue = "nio", description = "HTTP client: nio (default: perfloop's own HTTP/1.1 client; https and --http2 go through jetty), jetty or jdk")
    String client;

    @Option(names = "--group", paramLabel = "TEMPLATE=REGEX", description = "name paths matching REGEX as endpoint TEMPLATE (repeatable), e.g. '/products/{slug}=/products/[^/]+'")
    List<String> groups = new ArrayList<>();

    @Option(names = "--keep-credentials", description = "replay Authorization and Cookie headers (dropped by default)")
    boolean keepCredentials;

    @Option(names = "--check", paramLabel = "EXPR", description = "threshold, exit 1 when it fails (repeatable): 'p99<200ms', 'errors<1%%', 'rate>=500', 'GET /orders/{id}:p90<50ms'")
    List<String> checks = new ArrayList<>();


    @Option(names = "--max-endpoints", paramLabel = "N", defaultValue = "200", description = "distinct endpoints kept apart; the rest share 'METHOD (other)' (default ${DEFAULT-VALUE})")
    int maxEndpoints;

    /** Options from command-line words, with every default applied as on the command line. */
    static WorkloadOptions parse(String... args) {
        return picocli.CommandLine.populateCommand(new Holder(), args).options;
    }

    @picocli.CommandLine.Command(name = "workload")
    static final class Holder {
        @picocli.CommandLine.Mixin
        WorkloadOptions options;
    }

    /** The options as the load engine takes them. */
    public LoadOptions toLoadOptions() {
        if (workload == null) {
            workload = workloadOption;
        }
        if (workload == null) {
            throw new IllegalArgumentException("no workload: give an access log, HAR or target file (WORKLOAD or --workload)");
        }
        List<EndpointGrouper.Rule> rules = groups.stream().map(EndpointGrouper.Rule::parse).toList();
        List<Check> parsed = checks.stream().map(Check::parse).toList();
        return new LoadOptions(workload, type, logFormat, keepCredentials, target, Durations.parseSpeed(speed),
                Durations.parseNanos(maxIdle), reorderWindow, rate, ramp == null ? 0 : Durations.parseNanos(ramp),
                concurrency, duration == null ? Long.MAX_VALUE : Durations.parseNanos(duration),
                requests == null ? Long.MAX_VALUE : requests,
                new ClientSettings(client, connections, Duration.ofNanos(Durations.parseNanos(timeout)), http2),
                rules, maxEndpoints, 100_000, parsed);
    }
}
