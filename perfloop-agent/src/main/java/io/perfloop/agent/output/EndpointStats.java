package io.perfloop.agent.output;

import io.perfloop.core.event.RequestEvent;
import io.perfloop.core.events.EndpointCounts;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** Running counts of one endpoint; updated by serving threads and the writer, read for summaries. */
final class EndpointStats {
    private final String endpoint;
    private final LongAdder warmup = new LongAdder();
    private final AtomicLong measured = new AtomicLong();
    private final LongAdder written = new LongAdder();
    private final LongAdder sampledOut = new LongAdder();
    private final LongAdder dropped = new LongAdder();
    private final LongAdder errors = new LongAdder();
    private final LongAdder wall = new LongAdder();
    private final LongAdder cpu = new LongAdder();
    private final LongAdder alloc = new LongAdder();
    private final LongAdder responseBytes = new LongAdder();
    private final LongAdder statements = new LongAdder();
    private final LongAdder httpCalls = new LongAdder();

    EndpointStats(String endpoint) {
        this.endpoint = endpoint;
    }

    void warmup() {
        warmup.increment();
    }

    /** Counts a measured request and returns its 1-based ordinal within the endpoint. */
    long measured(RequestEvent r) {
        if (r.failed()) {
            errors.increment();
        }
        wall.add(r.wallNanos());
        cpu.add(Math.max(r.cpuNanos(), 0));
        alloc.add(Math.max(r.allocatedBytes(), 0));
        responseBytes.add(Math.max(r.responseBytes(), 0));
        statements.add(r.statements().size() + r.droppedStatements());
        httpCalls.add(r.httpCalls().size() + r.droppedHttpCalls());
        return measured.incrementAndGet();
    }

    void written() {
        written.increment();
    }

    void sampledOut() {
        sampledOut.increment();
    }

    void dropped() {
        dropped.increment();
    }

    EndpointCounts counts() {
        return new EndpointCounts(endpoint, warmup.sum(), measured.get(), written.sum(), sampledOut.sum(), dropped.sum(),
                errors.sum(), wall.sum(), cpu.sum(), alloc.sum(), responseBytes.sum(), statements.sum(), httpCalls.sum());
    }
}
