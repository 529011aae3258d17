package io.perfloop.load.record;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

import org.HdrHistogram.Histogram;

import io.perfloop.core.run.EndpointResult;

/**
 * Records every request of a run, per endpoint; the overall row is merged from the endpoints once a second.
 * The number of endpoints is capped: a log with unbounded distinct paths (slugs, search terms) would
 * otherwise grow memory without limit, so requests beyond the cap share one {@code METHOD (other)} endpoint
 * per method.
 */
public final class RunRecorder {
    private final ConcurrentHashMap<String, EndpointRecorder> endpoints = new ConcurrentHashMap<>();
    private final OverallRecorder overall = new OverallRecorder();
    private final int maxEndpoints;

    /** @param maxEndpoints most distinct endpoints kept apart */
    public RunRecorder(int maxEndpoints) {
        if (maxEndpoints < 1) {
            throw new IllegalArgumentException("max endpoints must be at least 1");
        }
        this.maxEndpoints = maxEndpoints;
    }

    /** The recorder of an endpoint, created on first use (or the overflow endpoint past the cap). */
    public EndpointRecorder endpoint(String method, String name) {
        EndpointRecorder r = endpoints.get(name);
        if (r != null) {
            return r;
        }
        if (endpoints.size() >= maxEndpoints) {
            return endpoints.computeIfAbsent(method + " (other)", EndpointRecorder::new);
        }
        return endpoints.computeIfAbsent(name, EndpointRecorder::new);
    }

    /** Records one request against its endpoint (thread-safe; the overall row follows at the next tick). */
    public void record(EndpointRecorder endpoint, Outcome outcome) {
        endpoint.record(outcome);
    }

    /**
     * Closes the per-second window {@code second} of every endpoint (one timer thread calls this).
     *
     * @return the overall corrected latencies of the window
     */
    public Histogram tick(long second) {
        List<Window> windows = new ArrayList<>(endpoints.size());
        for (EndpointRecorder r : endpoints.values()) {
            windows.add(r.tick(second));
        }
        return overall.tick(second, windows);
    }

    /** Requests recorded so far, all endpoints. */
    public long requests() {
        long sum = 0;
        for (EndpointRecorder r : endpoints.values()) {
            sum += r.requests();
        }
        return sum;
    }

    /** Failed requests so far, all endpoints. */
    public long errors() {
        long sum = 0;
        for (EndpointRecorder r : endpoints.values()) {
            sum += r.errors();
        }
        return sum;
    }

    /** Per-endpoint results, busiest first; call after the last tick. */
    public List<EndpointResult> endpointResults() {
        List<EndpointResult> list = new ArrayList<>();
        for (EndpointRecorder r : endpoints.values()) {
            list.add(r.result());
        }
        list.sort(Comparator.comparingLong(EndpointResult::requests).reversed().thenComparing(EndpointResult::name));
        return list;
    }

    /** All endpoints together; call after the last tick. */
    public EndpointResult overallResult() {
        return overall.result(endpointResults());
    }
}
