package io.perfloop.load.record;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.PackedHistogram;

import io.perfloop.core.run.EndpointResult;
import io.perfloop.core.run.LatencySummary;

/**
 * The {@code ALL} row, made from the endpoints' windows when the timer cuts them rather than recorded a
 * second time per request: recording is on every request's path, merging once a second is not. The row
 * is then exactly the sum of the endpoint rows, window by window.
 */
final class OverallRecorder {
    private final PackedHistogram correctedTotal = new PackedHistogram(3);
    private final PackedHistogram serviceTotal = new PackedHistogram(3);
    private final SeriesBuilder series = new SeriesBuilder();

    /** Merges the endpoints' windows of one second; returns the merged corrected latencies. */
    synchronized Histogram tick(long second, List<Window> windows) {
        Histogram c = new Histogram(3);
        Histogram s = new Histogram(3);
        long requests = 0;
        long errors = 0;
        for (Window w : windows) {
            c.add(w.corrected());
            s.add(w.service());
            requests += w.requests();
            errors += w.errors();
        }
        correctedTotal.add(c);
        serviceTotal.add(s);
        series.add(second, requests, errors, c, s);
        return c;
    }

    /** The sum of the endpoints' results; call after the last tick. */
    synchronized EndpointResult result(List<EndpointResult> endpoints) {
        long requests = 0;
        long errors = 0;
        long received = 0;
        long sent = 0;
        Map<String, Long> kinds = new TreeMap<>();
        Map<String, Long> statuses = new TreeMap<>();
        for (EndpointResult e : endpoints) {
            requests += e.requests();
            errors += e.errors();
            received += e.bytesReceived();
            sent += e.bytesSent();
            e.errorsByKind().forEach((k, v) -> kinds.merge(k, v, Long::sum));
            e.statusClasses().forEach((k, v) -> statuses.merge(k, v, Long::sum));
        }
        return new EndpointResult(EndpointResult.OVERALL, requests, errors, kinds, statuses, received, sent,
                LatencySummary.ofMicros(correctedTotal), LatencySummary.ofMicros(serviceTotal), series.build());
    }
}
