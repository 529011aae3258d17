package io.perfloop.load;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.perfloop.core.run.CheckResult;
import io.perfloop.core.run.Run;
import io.perfloop.core.run.RunEnvironment;
import io.perfloop.core.run.Workload;
import io.perfloop.load.engine.EngineSettings;
import io.perfloop.load.engine.LoadEngine;
import io.perfloop.load.engine.LoadResult;
import io.perfloop.load.engine.ProgressListener;
import io.perfloop.load.engine.TargetResolver;
import io.perfloop.load.http.HttpTransport;
import io.perfloop.load.pacing.CyclingRequests;
import io.perfloop.load.pacing.RateSchedule;
import io.perfloop.load.pacing.ReplaySchedule;
import io.perfloop.load.pacing.Schedule;
import io.perfloop.load.record.EndpointGrouper;
import io.perfloop.load.report.Check;
import io.perfloop.load.source.HeaderPolicy;
import io.perfloop.load.source.RequestSource;
import io.perfloop.load.source.RequestSpec;
import io.perfloop.load.source.SourceIterator;
import io.perfloop.load.source.SourceProblems;
import io.perfloop.load.source.Sources;

/**
 * One load test: a workload source, a pacing model and a target, run or dry-run. The entry point for the
 * CLI and for programmatic use.
 */
public final class LoadTest {
    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private final LoadOptions options;
    private final RequestSource source;
    private final EndpointGrouper grouper;

    public LoadTest(LoadOptions options, RequestSource source) {
        this.options = options;
        this.source = source;
        this.grouper = new EndpointGrouper(options.groups());
    }

    /** Opens the workload file named in the options. */
    public static LoadTest of(LoadOptions options) throws IOException {
        return new LoadTest(options, Sources.open(options.source(), options.sourceType(), options.logFormat(),
                new HeaderPolicy(options.keepCredentials())));
    }

    /** Walks the whole schedule without sending anything. */
    public DryRunReport dryRun(SourceProblems problems) throws IOException {
        Map<String, Long> perEndpoint = new LinkedHashMap<>();
        long requests = 0;
        long last = -1;
        long currentSecond = -1;
        long inSecond = 0;
        long peak = 0;
        long busiest = 0;
        long late = 0;
        boolean closed = options.concurrency() != null;
        try (Schedule schedule = closed ? asInstantSchedule(new CyclingRequests(source, false, problems)) : schedule(problems)) {
            requireRequests(schedule, problems);
            while (schedule.hasNext()) {
                var r = schedule.next();
                requests++;
                String endpoint = grouper.endpoint(r.request().method(), r.request().path());
                if (perEndpoint.size() < options.maxEndpoints() || perEndpoint.containsKey(endpoint)) {
                    perEndpoint.merge(endpoint, 1L, Long::sum);
                } else {
                    perEndpoint.merge(r.request().method() + " (other)", 1L, Long::sum);
                }
                long second = r.offsetNanos() / 1_000_000_000L;
                inSecond = second == currentSecond ? inSecond + 1 : 1;
                currentSecond = second;
                if (inSecond > peak) {
                    peak = inSecond;
                    busiest = second;
                }
                last = r.offsetNanos();
            }
            late = schedule.lateRecords();
        }
        List<Map.Entry<String, Long>> top = new ArrayList<>(perEndpoint.entrySet());
        top.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        return new DryRunReport(options.model(), requests, closed ? -1 : last, peak, busiest,
                List.copyOf(top.subList(0, Math.min(10, top.size()))), perEndpoint.size(), problems.count(), late);
    }

    /**
     * Runs the test.
     *
     * @param command the command line, for the run's metadata
     * @param workDir the directory whose git state is recorded
     * @throws EmptyWorkloadException when the source has no valid request
     */
    public Run run(ProgressListener listener, SourceProblems problems, List<String> command, Path workDir)
            throws IOException {
        EngineSettings settings = new EngineSettings(new TargetResolver(options.target()), grouper,
                options.maxBacklog(), options.maxEndpoints(), 100_000_000L,
                options.client().timeout().toNanos() + 5_000_000_000L);
        LoadResult result;
        String client;
        if (options.concurrency() != null) {
            try (SourceIterator requests = requests(problems)) {
                requireRequests(requests, problems);
                try (HttpTransport transport = options.client().start()) {
                    client = transport.name();
                    result = new LoadEngine(transport, options.concurrency(), settings, listener)
                            .runClosed(requests, options.concurrency(), options.durationNanos(), options.maxRequests());
                }
            }
        } else {
            try (Schedule schedule = schedule(problems)) {
                requireRequests(schedule, problems);
                try (HttpTransport transport = options.client().start()) {
                    client = transport.name();
                    result = new LoadEngine(transport, options.client().connections(), settings, listener)
                            .runOpen(schedule, options.durationNanos());
                }
            }
        }
        return toRun(result, client, problems.count(), command, workDir);
    }

    private Run toRun(LoadResult r, String client, long malformed, List<String> command, Path workDir) {
        Map<String, String> settings = new LinkedHashMap<>();
        switch (options.model()) {
            case "replay" -> {
                settings.put("speed", String.valueOf(options.speed()));
                settings.put("maxIdleMs", String.valueOf(options.maxIdleNanos() / 1_000_000));
            }
            case "open" -> {
                settings.put("rate", String.valueOf(options.rate()));
                settings.put("rampMs", String.valueOf(options.rampNanos() / 1_000_000));
            }
            default -> settings.put("concurrency", String.valueOf(options.concurrency()));
        }
        settings.put("connections", String.valueOf(options.concurrency() != null ? options.concurrency()
                : options.client().connections()));
        settings.put("timeoutMs", String.valueOf(options.client().timeout().toMillis()));
        settings.put("http2", String.valueOf(options.client().http2()));
        if (r.lateRecords() > 0) {
            settings.put("lateRecords", String.valueOf(r.lateRecords()));
        }
        if (r.abandoned() > 0) {
            settings.put("abandoned", String.valueOf(r.abandoned()));
        }
        Workload workload = new Workload(source.describe(), source.kind(), options.model(), settings, options.target(),
                client, r.durationNanos() / 1e9, r.planned(), r.sent(), r.dropped(), r.blocked(), malformed, r.stalls());
        Run run = new Run(Run.FORMAT, RUN_ID.format(r.startedAt()) + "-load",
                RunEnvironment.meta(r.startedAt(), r.endedAt(), command, workDir), workload, r.endpoints(), r.overall(),
                List.of());
        List<CheckResult> checks = new ArrayList<>();
        for (Check c : options.checks()) {
            checks.add(c.evaluate(run, workload.durationSeconds()));
        }
        return new Run(run.format(), run.id(), run.meta(), workload, run.endpoints(), run.overall(), checks);
    }

    private Schedule schedule(SourceProblems problems) throws IOException {
        if (options.rate() == null) {
            return new ReplaySchedule(source.open(problems), options.speed(), options.maxIdleNanos(),
                    options.reorderWindow());
        }
        return new RateSchedule(requests(problems), options.rate(), options.rampNanos(), options.durationNanos(),
                options.maxRequests());
    }

    /** The source's requests, looping when the run is bounded by time or count rather than by the file. */
    private SourceIterator requests(SourceProblems problems) throws IOException {
        boolean loop = options.durationNanos() != Long.MAX_VALUE || options.maxRequests() != Long.MAX_VALUE;
        return new CyclingRequests(source, loop, problems);
    }

    private void requireRequests(Iterator<?> it, SourceProblems problems) {
        if (!it.hasNext()) {
            throw new EmptyWorkloadException(problems.count() == 0
                    ? source.describe() + ": no requests (the file is empty)"
                    : source.describe() + ": no valid requests (" + problems.count() + " malformed records skipped)");
        }
    }

    /** A closed model has no intended times: for a dry run, count its requests at offset 0. */
    private Schedule asInstantSchedule(SourceIterator requests) {
        long limit = options.maxRequests();
        return new Schedule() {
            private long n;

            @Override
            public boolean hasNext() {
                return n < limit && requests.hasNext();
            }

            @Override
            public io.perfloop.load.pacing.ScheduledRequest next() {
                n++;
                RequestSpec spec = requests.next();
                return new io.perfloop.load.pacing.ScheduledRequest(0, spec);
            }

            @Override
            public void close() {
                requests.close();
            }
        };
    }
}
