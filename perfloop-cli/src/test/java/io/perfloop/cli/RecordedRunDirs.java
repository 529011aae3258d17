package io.perfloop.cli;

import io.perfloop.core.event.CallSite;
import io.perfloop.core.event.RequestEvent;
import io.perfloop.core.event.StatementEvent;
import io.perfloop.core.event.StatementKind;
import io.perfloop.core.events.EventsHeader;
import io.perfloop.core.events.EventsWriter;
import io.perfloop.core.run.EndpointResult;
import io.perfloop.core.run.LatencySummary;
import io.perfloop.core.run.Run;
import io.perfloop.core.run.RunEnvironment;
import io.perfloop.core.run.RunWriter;
import io.perfloop.core.run.SecondSeries;
import io.perfloop.core.run.Workload;
import io.perfloop.core.stats.Quantiles;
import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes run directories as {@code perfloop record} leaves them — {@code run.json} (RunWriter) and
 * the agent's {@code events.jsonl.gz} (EventsWriter) — from requests built inline, so a compare test
 * reads like the two runs it compares. The load test's per-second latencies are those of the
 * captured requests.
 */
final class RecordedRunDirs {
    static final long T0 = 1_700_000_000_000_000_000L;
    static final CallSite ORDERS_SUMMARY = new CallSite("com.shop.Orders", "summary", "Orders.java", 73);

    private final Random random;
    private final List<RequestEvent> requests = new ArrayList<>();

    /** A run whose jitter comes from this seed. */
    RecordedRunDirs(long seed) {
        random = new Random(seed);
    }

    /**
     * {@code perSecond} requests of {@code endpoint} per second for {@code seconds} seconds, each
     * {@code wallMs} ± 20 % long, running {@code queries} SELECTs of {@code queryMs} each from one
     * call site with distinct parameters (more than two of them are an N+1 to perfloop's rules).
     */
    RecordedRunDirs endpoint(String endpoint, int seconds, int perSecond, double wallMs, int queries, double queryMs) {
        for (int second = 0; second < seconds; second++) {
            for (int k = 0; k < perSecond; k++) {
                long start = T0 + second * 1_000_000_000L + k * (1_000_000_000L / perSecond);
                long id = requests.size() + 1;
                List<StatementEvent> statements = new ArrayList<>();
                for (int q = 0; q < queries; q++) {
                    statements.add(new StatementEvent(id, q, "select * from users where id = ?", "select * from users where id = ?",
                            StatementKind.SELECT, null, q, start + q * 10_000L, (long) (queryMs * 1e6), 1, 1, 1, ORDERS_SUMMARY,
                            Set.of(), "exec-1", null));
                }
                double jitter = 1 + 0.4 * (random.nextDouble() - 0.5);
                requests.add(new RequestEvent(id, endpoint, "GET", endpoint.substring(4), 200, start, (long) (wallMs * jitter * 1e6),
                        (long) (wallMs * 0.2 * jitter * 1e6), (long) (queries * 10_000 * jitter + 50_000), 2_000, "servlet", "exec-1",
                        statements, List.of(), 0, 0, null));
            }
        }
        return this;
    }

    /** Writes {@code runs/<id>/run.json} and {@code events.jsonl.gz}; returns the directory. */
    Path write(Path runs, String id) throws IOException {
        TreeMap<String, List<RequestEvent>> byEndpoint = new TreeMap<>();
        requests.forEach(r -> byEndpoint.computeIfAbsent(r.endpoint(), e -> new ArrayList<>()).add(r));
        List<EndpointResult> endpoints = new ArrayList<>();
        byEndpoint.forEach((name, list) -> endpoints.add(result(name, list)));
        long last = requests.stream().mapToLong(r -> r.startEpochNanos() + r.wallNanos()).max().orElse(T0);
        Run run = new Run(Run.FORMAT, id, RunEnvironment.meta(Instant.ofEpochSecond(0, T0), Instant.ofEpochSecond(0, last),
                List.of("perfloop", "record"), Path.of(".")), new Workload("shop.log", "access-log", "replay", Map.of("speed", "1"),
                "http://127.0.0.1:18082", "nio", (last - T0) / 1e9, requests.size(), requests.size(), 0, 0, 0, List.of()),
                endpoints, result(EndpointResult.OVERALL, requests), List.of());
        Path dir = RunWriter.create(runs, run);
        try (EventsWriter events = EventsWriter.create(dir.resolve("events.jsonl.gz"),
                new EventsHeader(EventsWriter.FORMAT, "test", 1, "17", T0 / 1_000_000, Map.of("output", dir.toString())))) {
            for (RequestEvent r : requests) {
                events.write(r);
            }
        }
        return dir;
    }

    private static EndpointResult result(String name, List<RequestEvent> list) {
        Histogram histogram = new Histogram(3_600_000_000L, 3);
        TreeMap<Long, List<Double>> seconds = new TreeMap<>();
        for (RequestEvent r : list) {
            histogram.recordValue(r.wallNanos() / 1000);
            seconds.computeIfAbsent((r.startEpochNanos() - T0) / 1_000_000_000L, s -> new ArrayList<>()).add(r.wallNanos() / 1e6);
        }
        List<Long> second = new ArrayList<>();
        List<Long> count = new ArrayList<>();
        List<Double> p50 = new ArrayList<>();
        List<Double> p90 = new ArrayList<>();
        List<Double> p99 = new ArrayList<>();
        List<Double> max = new ArrayList<>();
        seconds.forEach((s, walls) -> {
            double[] sorted = walls.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            second.add(s);
            count.add((long) sorted.length);
            p50.add(Quantiles.ofSorted(sorted, 0.5));
            p90.add(Quantiles.ofSorted(sorted, 0.9));
            p99.add(Quantiles.ofSorted(sorted, 0.99));
            max.add(sorted[sorted.length - 1]);
        });
        List<Long> zeros = Arrays.asList(new Long[second.size()]);
        zeros.replaceAll(z -> 0L);
        SecondSeries series = new SecondSeries(second, count, zeros, p50, p90, p99, max, p50, p99);
        LatencySummary latency = LatencySummary.ofMicros(histogram);
        return new EndpointResult(name, list.size(), 0, Map.of(), Map.of("2xx", (long) list.size()), 2_000L * list.size(), 0,
                latency, latency, series);
    }
}
