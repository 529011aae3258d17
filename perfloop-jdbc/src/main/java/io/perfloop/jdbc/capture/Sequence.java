package io.perfloop.jdbc.capture;

import java.util.concurrent.atomic.AtomicLong;

/** Process-wide capture order, so events from many threads can be put back in order. */
final class Sequence {
    private static final AtomicLong NEXT = new AtomicLong();

    private Sequence() {
    }

    static long next() {
        return NEXT.incrementAndGet();
    }
}
