package io.perfloop.load.pacing;

import java.util.NoSuchElementException;

import io.perfloop.load.source.SourceIterator;

/**
 * Replays a log at its own pace: each request starts at its log time, relative to the first one, divided by
 * the speed factor. Gaps longer than {@code maxIdle} (a quiet night in the log) are shortened to
 * {@code maxIdle} before the speed factor applies.
 */
public final class ReplaySchedule implements Schedule {
    private final SourceIterator source;
    private final ReorderWindow reorder;
    private final SecondSpreader spreader;
    private final double speed;
    private final long maxIdleNanos;
    private long firstLogNanos = Long.MIN_VALUE;
    private long previousLogNanos;
    private long cursorNanos;

    /**
     * @param source       the requests, in (roughly) log order
     * @param speed        2.0 replays twice as fast as recorded
     * @param maxIdleNanos longest gap kept between two requests (log time)
     * @param reorderWindow records sorted together to repair out-of-order lines
     */
    public ReplaySchedule(SourceIterator source, double speed, long maxIdleNanos, int reorderWindow) {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed must be a positive factor, not " + speed);
        }
        if (maxIdleNanos <= 0) {
            throw new IllegalArgumentException("max idle must be positive");
        }
        this.source = source;
        this.reorder = new ReorderWindow(source, reorderWindow);
        this.spreader = new SecondSpreader(reorder);
        this.speed = speed;
        this.maxIdleNanos = maxIdleNanos;
    }

    @Override
    public boolean hasNext() {
        return spreader.hasNext();
    }

    @Override
    public ScheduledRequest next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        SecondSpreader.Timed t = spreader.next();
        if (firstLogNanos == Long.MIN_VALUE) {
            firstLogNanos = t.logNanos();
        } else {
            cursorNanos += Math.min(t.logNanos() - previousLogNanos, maxIdleNanos);
        }
        previousLogNanos = t.logNanos();
        return new ScheduledRequest((long) (cursorNanos / speed), t.request());
    }

    @Override
    public long lateRecords() {
        return reorder.late();
    }

    @Override
    public void close() {
        source.close();
    }
}
