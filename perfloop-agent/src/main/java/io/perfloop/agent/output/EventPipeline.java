package io.perfloop.agent.output;

import io.perfloop.agent.bootstrap.AgentLog;
import io.perfloop.agent.bootstrap.AgentRuntime;
import io.perfloop.agent.bootstrap.Probes;
import io.perfloop.agent.bootstrap.RequestSink;
import io.perfloop.core.event.RequestEvent;
import io.perfloop.core.events.EndpointCounts;
import io.perfloop.core.events.EventsSummary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Between serving threads and the writer: counts every finished request per endpoint, discards
 * warm-up, samples beyond the per-endpoint cap, and queues the rest in a bounded queue — a full
 * queue drops (and counts) rather than blocking a request. Never throws into the application.
 */
public final class EventPipeline implements RequestSink {
    /** Distinct endpoints counted by name; beyond, requests are counted under {@link #OTHER}. */
    static final int MAX_ENDPOINTS = 2000;
    static final String OTHER = "(other endpoints)";

    private final BlockingQueue<RequestEvent> queue;
    private final Map<String, EndpointStats> endpoints = new ConcurrentHashMap<>();
    private final int sampleAfter;
    private volatile boolean keeping;
    private volatile boolean stopped;

    public EventPipeline(int capacity, int sampleAfter, boolean keeping) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.sampleAfter = sampleAfter;
        this.keeping = keeping;
    }

    @Override
    public void accept(RequestEvent request) {
        try {
            EndpointStats stats = stats(request.endpoint());
            if (!keeping) {
                stats.warmup();
                return;
            }
            long n = stats.measured(request);
            if (stopped) {
                stats.dropped();
            } else if (!Sampler.keeps(n, sampleAfter)) {
                stats.sampledOut();
            } else if (!queue.offer(request)) {
                stats.dropped();
            }
        } catch (Throwable e) {
            AgentLog.problem("could not queue a request: " + e);
        }
    }

    private EndpointStats stats(String endpoint) {
        EndpointStats stats = endpoints.get(endpoint);
        if (stats != null) {
            return stats;
        }
        String key = endpoints.size() >= MAX_ENDPOINTS ? OTHER : endpoint;
        return endpoints.computeIfAbsent(key, EndpointStats::new);
    }

    BlockingQueue<RequestEvent> queue() {
        return queue;
    }

    /** Counts a request the writer wrote. */
    void written(RequestEvent request) {
        stats(request.endpoint()).written();
    }

    /** Switches between warm-up (discard) and keeping. */
    public void keeping(boolean on) {
        keeping = on;
    }

    /** Whether requests are kept. */
    public boolean keeping() {
        return keeping;
    }

    /** Capture has stopped: queued requests are counted as dropped, new ones too. */
    void stop() {
        stopped = true;
        for (RequestEvent r; (r = queue.poll()) != null; ) {
            stats(r.endpoint()).dropped();
        }
    }

    /** Counts per endpoint, by name. */
    List<EndpointCounts> counts() {
        List<EndpointCounts> out = new ArrayList<>();
        endpoints.values().forEach(s -> out.add(s.counts()));
        out.sort(Comparator.comparing(EndpointCounts::endpoint));
        return out;
    }

    /** A summary of everything counted so far. */
    EventsSummary summary(String state, String stoppedReason) {
        return new EventsSummary(System.currentTimeMillis(), state, counts(), AgentRuntime.statementsOutsideRequests(),
                AgentRuntime.httpCallsOutsideRequests(), Probes.failures(), stoppedReason);
    }
}
