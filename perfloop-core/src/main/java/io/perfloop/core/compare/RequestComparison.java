package io.perfloop.core.compare;

import io.perfloop.core.event.RequestEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongFunction;

/**
 * The samples to compare the agent's captured requests of two recorded runs with: for every
 * endpoint captured in both, the cost of one request — wall time, CPU time, allocated bytes, SQL
 * statements, downstream HTTP calls, response bytes — as one value per one-second window, the
 * mean over the window's successful requests.
 *
 * <p>Why windows and not requests (docs/compare.md, "Per-request metrics"): requests of one run
 * share GC pauses, JIT state, CPU contention and queues, so their CPU time and allocations are
 * autocorrelated like their latencies, and a test fed thousands of them would call run-to-run drift
 * significant. The window mean is what a request costs on average (costs add up: CPU per request ×
 * rate is the CPU load), it is near-normal by the central limit theorem, and for an endpoint seen
 * less than once a second it degrades to the requests themselves, which are then far apart in time.
 * A deterministic count keeps its exact value: 101 statements in every request is 101.0 in every
 * window of both runs, which the comparison reports as no change with p = 1.
 *
 * <p>Failed requests (5xx or an exception) are left out: an endpoint that fails fast does little
 * work, and that must not read as an improvement; the load test's error rate shows failures.
 * Unknown values (-1: CPU or allocation not measurable on that JVM, response size not known) are
 * left out; a quantity with no known value is not compared. A count that is zero in every request
 * of both runs (no downstream calls at all) is not compared either: there is nothing to show.
 */
public final class RequestComparison {
    /** The agent's wall time from server entry to exit. */
    public static final String WALL = "wall/request";
    /** CPU time of the request's thread and of the tasks it handed to executors. */
    public static final String CPU = "cpu/request";
    /** Bytes allocated by the same threads over the same spans. */
    public static final String ALLOCATED = "alloc/request";
    /** SQL statements, including those beyond the agent's per-request cap. */
    public static final String STATEMENTS = "statements/request";
    /** Downstream HTTP calls, including those beyond the cap. */
    public static final String CALLS = "calls/request";
    /** Response body bytes. */
    public static final String RESPONSE = "response size";

    private static final long SECOND = 1_000_000_000L;

    /** One per-request quantity: its row name, how to read it from a request, what kind of value it is. */
    private record Quantity(String name, ToLongFunction<RequestEvent> value, Kind kind) {
    }

    private enum Kind { NANOS, BYTES, COUNT }

    private static final List<Quantity> QUANTITIES = List.of(
            new Quantity(WALL, RequestEvent::wallNanos, Kind.NANOS),
            new Quantity(CPU, RequestEvent::cpuNanos, Kind.NANOS),
            new Quantity(ALLOCATED, RequestEvent::allocatedBytes, Kind.BYTES),
            new Quantity(STATEMENTS, r -> r.statements().size() + r.droppedStatements(), Kind.COUNT),
            new Quantity(CALLS, r -> r.httpCalls().size() + r.droppedHttpCalls(), Kind.COUNT),
            new Quantity(RESPONSE, RequestEvent::responseBytes, Kind.BYTES));

    private RequestComparison() {
    }

    /**
     * Samples for every endpoint with successful requests in both runs, endpoints in name order.
     *
     * @param old the baseline's captured requests
     * @param neu the candidate's captured requests
     */
    public static List<MetricSamples> samples(List<RequestEvent> old, List<RequestEvent> neu) {
        Map<String, List<RequestEvent>> a = byEndpoint(old);
        Map<String, List<RequestEvent>> b = byEndpoint(neu);
        long t0a = firstStart(old);
        long t0b = firstStart(neu);
        List<MetricSamples> out = new ArrayList<>();
        for (var endpoint : a.entrySet()) {
            List<RequestEvent> other = b.get(endpoint.getKey());
            if (other == null) {
                continue;
            }
            for (Quantity q : QUANTITIES) {
                Windows wa = Windows.of(endpoint.getValue(), t0a, q.value());
                Windows wb = Windows.of(other, t0b, q.value());
                if (wa.means().length == 0 || wb.means().length == 0 || (q.kind() == Kind.COUNT && wa.allZero() && wb.allZero())) {
                    continue;
                }
                double scale = scale(q.kind(), wa);
                out.add(new MetricSamples(endpoint.getKey(), Metric.lowerIsBetter(q.name(), unit(q.kind(), scale)),
                        divide(wa.means(), scale), divide(wb.means(), scale)));
            }
        }
        return out;
    }

    /** Endpoints with successful captured requests in only one of the runs. */
    public static List<String> unmatched(List<RequestEvent> old, List<RequestEvent> neu) {
        Map<String, List<RequestEvent>> a = byEndpoint(old);
        Map<String, List<RequestEvent>> b = byEndpoint(neu);
        List<String> out = new ArrayList<>();
        a.keySet().stream().filter(e -> !b.containsKey(e)).forEach(e -> out.add(e + " (captured only in the old run)"));
        b.keySet().stream().filter(e -> !a.containsKey(e)).forEach(e -> out.add(e + " (captured only in the new run)"));
        return out;
    }

    /** The successful requests of each endpoint, endpoints in name order. */
    static Map<String, List<RequestEvent>> byEndpoint(List<RequestEvent> requests) {
        Map<String, List<RequestEvent>> out = new TreeMap<>();
        for (RequestEvent r : requests) {
            if (!r.failed()) {
                out.computeIfAbsent(r.endpoint(), e -> new ArrayList<>()).add(r);
            }
        }
        return out;
    }

    private static long firstStart(List<RequestEvent> requests) {
        return requests.stream().mapToLong(RequestEvent::startEpochNanos).min().orElse(0);
    }

    /**
     * The mean of a quantity per one-second window since {@code t0}, windows in time order, empty
     * windows and unknown (negative) values left out.
     */
    record Windows(double[] means, double overallMean, boolean allZero) {
        static Windows of(List<RequestEvent> requests, long t0, ToLongFunction<RequestEvent> value) {
            TreeMap<Long, long[]> windows = new TreeMap<>(); // second -> {sum, count}
            for (RequestEvent r : requests) {
                long v = value.applyAsLong(r);
                if (v >= 0) {
                    long[] w = windows.computeIfAbsent(Math.floorDiv(r.startEpochNanos() - t0, SECOND), s -> new long[2]);
                    w[0] += v;
                    w[1]++;
                }
            }
            double[] means = new double[windows.size()];
            double sum = 0;
            long n = 0;
            int i = 0;
            for (long[] w : windows.values()) {
                means[i++] = (double) w[0] / w[1];
                sum += w[0];
                n += w[1];
            }
            return new Windows(means, n == 0 ? Double.NaN : sum / n, sum == 0);
        }
    }

    /** Divisor from the raw unit (ns, bytes, count) to the shown one; bytes scale with the old run's mean. */
    private static double scale(Kind kind, Windows old) {
        return switch (kind) {
            case NANOS -> 1e6;
            case COUNT -> 1;
            case BYTES -> old.overallMean() >= 1 << 20 ? 1 << 20 : old.overallMean() >= 1 << 10 ? 1 << 10 : 1;
        };
    }

    private static String unit(Kind kind, double scale) {
        return switch (kind) {
            case NANOS -> "ms";
            case COUNT -> "count";
            case BYTES -> scale == 1 << 20 ? "MiB" : scale == 1 << 10 ? "KiB" : "bytes";
        };
    }

    private static double[] divide(double[] values, double by) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] / by;
        }
        return out;
    }
}
