package io.perfloop.core.report;

import io.perfloop.core.detect.TimeBreakdown;
import io.perfloop.core.event.RequestEvent;
import io.perfloop.core.stats.Quantiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where an endpoint's time goes, summed over its requests: shares of total wall time spent in the
 * database, downstream calls, CPU and the rest, with request count and latency percentiles.
 *
 * @param endpoint     endpoint name
 * @param requests     requests captured
 * @param errors       requests that failed
 * @param p50Millis    median wall time
 * @param p99Millis    99th percentile wall time
 * @param database     share of wall time waiting for the database
 * @param downstream   share waiting for downstream HTTP calls
 * @param cpu          share computing (NaN when CPU time was not measured)
 * @param other        the remainder
 * @param statementsPerRequest mean statements per request
 * @param callsPerRequest      mean downstream calls per request
 * @param responseBytes        median response bytes, -1 when unknown
 */
public record EndpointBreakdown(String endpoint, int requests, int errors, double p50Millis, double p99Millis,
                                double database, double downstream, double cpu, double other,
                                double statementsPerRequest, double callsPerRequest, double responseBytes) {

    /** One breakdown per endpoint, by name. */
    public static List<EndpointBreakdown> of(List<RequestEvent> requests) {
        Map<String, List<RequestEvent>> byEndpoint = new TreeMap<>();
        requests.forEach(r -> byEndpoint.computeIfAbsent(r.endpoint(), k -> new ArrayList<>()).add(r));
        List<EndpointBreakdown> out = new ArrayList<>();
        byEndpoint.forEach((endpoint, list) -> out.add(of(endpoint, list)));
        return out;
    }

    static EndpointBreakdown of(String endpoint, List<RequestEvent> list) {
        double wall = 0;
        double db = 0;
        double down = 0;
        double cpu = 0;
        double statements = 0;
        double calls = 0;
        boolean cpuKnown = true;
        int errors = 0;
        double[] walls = new double[list.size()];
        List<Double> bytes = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            RequestEvent r = list.get(i);
            TimeBreakdown b = TimeBreakdown.of(r);
            wall += b.wallNanos();
            db += b.databaseNanos();
            down += b.downstreamNanos();
            cpuKnown &= b.cpuNanos() >= 0;
            cpu += Math.max(0, b.cpuNanos());
            statements += r.statements().size() + r.droppedStatements();
            calls += r.httpCalls().size() + r.droppedHttpCalls();
            errors += r.failed() ? 1 : 0;
            walls[i] = r.wallNanos() / 1e6;
            if (r.responseBytes() >= 0) {
                bytes.add((double) r.responseBytes());
            }
        }
        java.util.Arrays.sort(walls);
        double n = Math.max(1, list.size());
        double cpuShare = cpuKnown ? share(cpu, wall) : Double.NaN;
        double other = 1 - share(db, wall) - share(down, wall) - (cpuKnown ? cpuShare : 0);
        double medianBytes = bytes.isEmpty() ? -1
                : Quantiles.ofSorted(bytes.stream().mapToDouble(Double::doubleValue).sorted().toArray(), 0.5);
        return new EndpointBreakdown(endpoint, list.size(), errors,
                walls.length == 0 ? Double.NaN : Quantiles.ofSorted(walls, 0.5),
                walls.length == 0 ? Double.NaN : Quantiles.ofSorted(walls, 0.99),
                share(db, wall), share(down, wall), cpuShare, Math.max(0, other), statements / n, calls / n, medianBytes);
    }

    private static double share(double part, double whole) {
        return whole <= 0 ? 0 : part / whole;
    }
}
