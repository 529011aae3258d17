package io.perfloop.load.pacing;

import java.util.NoSuchElementException;

import io.perfloop.load.source.SourceIterator;

/**
 * An open model at a fixed arrival rate: request {@code i} starts at {@code i / rate}, whatever the server
 * does. With a ramp, the rate rises linearly from 0 to {@code rate} over the ramp, then stays there; the
 * start times invert the cumulative arrivals {@code N(t) = rate·t²/(2·ramp)}.
 */
public final class RateSchedule implements Schedule {
    private final SourceIterator requests;
    private final double ratePerSecond;
    private final double rampSeconds;
    private final long durationNanos;
    private final long maxRequests;
    private long index;
    private long nextOffset;

    /**
     * @param requests      the requests to send, in order
     * @param ratePerSecond steady arrival rate
     * @param rampNanos     ramp length (0 for none), part of the duration
     * @param durationNanos stop scheduling at this offset ({@code Long.MAX_VALUE}: when requests run out)
     * @param maxRequests   stop after this many ({@code Long.MAX_VALUE}: no limit)
     */
    public RateSchedule(SourceIterator requests, double ratePerSecond, long rampNanos, long durationNanos,
                        long maxRequests) {
        if (!(ratePerSecond > 0) || Double.isInfinite(ratePerSecond)) {
            throw new IllegalArgumentException("rate must be positive, not " + ratePerSecond);
        }
        if (rampNanos < 0 || rampNanos > durationNanos) {
            throw new IllegalArgumentException("ramp must lie within the duration");
        }
        this.requests = requests;
        this.ratePerSecond = ratePerSecond;
        this.rampSeconds = rampNanos / 1e9;
        this.durationNanos = durationNanos;
        this.maxRequests = maxRequests;
        this.nextOffset = offsetOf(0);
    }

    /** Start of request {@code i}, nanoseconds. */
    long offsetOf(long i) {
        double rampArrivals = ratePerSecond * rampSeconds / 2;
        double seconds = i < rampArrivals ? Math.sqrt(2 * rampSeconds * i / ratePerSecond)
                : rampSeconds + (i - rampArrivals) / ratePerSecond;
        return (long) (seconds * 1e9);
    }

    @Override
    public boolean hasNext() {
        return index < maxRequests && nextOffset < durationNanos && requests.hasNext();
    }

    @Override
    public ScheduledRequest next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ScheduledRequest r = new ScheduledRequest(nextOffset, requests.next());
        index++;
        nextOffset = offsetOf(index);
        return r;
    }

    @Override
    public void close() {
        requests.close();
    }
}
