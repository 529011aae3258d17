package io.perfloop.core.work;

import java.time.Instant;

/** Wall-clock time in nanoseconds since the epoch, at the precision the platform offers. */
public final class Clock {
    private Clock() {
    }

    /** Now, in nanoseconds since 1970-01-01T00:00Z. */
    public static long epochNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }
}
