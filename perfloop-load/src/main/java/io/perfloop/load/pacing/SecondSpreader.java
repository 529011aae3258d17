package io.perfloop.load.pacing;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;

import io.perfloop.load.source.RequestSpec;

/**
 * Gives requests log times in nanoseconds. Where the log has only whole seconds (the common log format), the
 * requests stamped with one second are spread evenly over it: firing them all at the second's start would
 * turn a smooth 500 req/s into 500-request bursts. Groups are bounded so memory stays bounded.
 */
final class SecondSpreader implements Iterator<SecondSpreader.Timed> {
    static final int MAX_GROUP = 100_000;

    /** A request at a log time in nanoseconds since the epoch. */
    record Timed(long logNanos, RequestSpec request) {
    }

    private final Iterator<RequestSpec> input;
    private final ArrayDeque<Timed> group = new ArrayDeque<>();
    private RequestSpec carry;

    SecondSpreader(Iterator<RequestSpec> input) {
        this.input = input;
    }

    @Override
    public boolean hasNext() {
        if (group.isEmpty()) {
            fill();
        }
        return !group.isEmpty();
    }

    @Override
    public Timed next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return group.poll();
    }

    private void fill() {
        RequestSpec first = carry != null ? carry : input.hasNext() ? input.next() : null;
        carry = null;
        if (first == null) {
            return;
        }
        long nanos = first.timestampMillis() * 1_000_000L;
        if (!first.secondResolution()) {
            group.add(new Timed(nanos, first));
            return;
        }
        java.util.List<RequestSpec> same = new java.util.ArrayList<>();
        same.add(first);
        while (same.size() < MAX_GROUP && input.hasNext()) {
            RequestSpec r = input.next();
            if (r.timestampMillis() != first.timestampMillis() || !r.secondResolution()) {
                carry = r;
                break;
            }
            same.add(r);
        }
        long step = 1_000_000_000L / same.size();
        for (int i = 0; i < same.size(); i++) {
            group.add(new Timed(nanos + i * step, same.get(i)));
        }
    }
}
