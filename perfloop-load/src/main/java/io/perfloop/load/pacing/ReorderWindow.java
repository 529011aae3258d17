package io.perfloop.load.pacing;

import java.util.Comparator;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

import io.perfloop.load.source.RequestSpec;

/**
 * Sorts a stream of timestamped requests within a sliding window of {@code size} records. Logs written by
 * several worker processes are slightly out of order (a line is written when a request ends, stamped with
 * when it started). A record older than what was already emitted, beyond the window, is emitted at the
 * current time and counted as late rather than sent back in time.
 */
final class ReorderWindow implements Iterator<RequestSpec> {
    private static final Comparator<RequestSpec> ORDER = Comparator.comparingLong(RequestSpec::timestampMillis)
            .thenComparingLong(RequestSpec::origin);

    private final Iterator<RequestSpec> input;
    private final int size;
    private final PriorityQueue<RequestSpec> window;
    private long lastEmitted = Long.MIN_VALUE;
    private long late;

    ReorderWindow(Iterator<RequestSpec> input, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("reorder window must hold at least 1 record, not " + size);
        }
        this.input = input;
        this.size = size;
        this.window = new PriorityQueue<>(Math.min(size, 4096) + 1, ORDER);
    }

    @Override
    public boolean hasNext() {
        while (window.size() <= size && input.hasNext()) {
            RequestSpec r = input.next();
            if (!r.hasTimestamp()) {
                throw new IllegalArgumentException("record at " + r.origin()
                        + " has no timestamp: replay paces by timestamps; use --rate or --concurrency for this source");
            }
            window.add(r);
        }
        return !window.isEmpty();
    }

    @Override
    public RequestSpec next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        RequestSpec r = window.poll();
        if (r.timestampMillis() < lastEmitted) {
            late++;
            // keep the second-resolution flag off: a late record is pinned to the time already reached
            r = r.withTimestamp(lastEmitted);
        }
        lastEmitted = r.timestampMillis();
        return r;
    }

    long late() {
        return late;
    }
}
