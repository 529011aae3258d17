package io.perfloop.junit.benchmark.internal;

/**
 * The smallest step {@link System#nanoTime()} moves by, as pytest-benchmark measures its timer:
 * the smallest positive difference between two consecutive reads.
 */
public final class TimerPrecision {
    private static volatile double seconds;

    private TimerPrecision() {
    }

    /** The precision in seconds, measured once per JVM (a few milliseconds). */
    public static double seconds() {
        double known = seconds;
        if (known == 0) {
            long best = Long.MAX_VALUE;
            for (int i = 0; i < 20_000; i++) {
                long t1 = System.nanoTime();
                long t2 = System.nanoTime();
                if (t2 > t1) {
                    best = Math.min(best, t2 - t1);
                }
            }
            known = best == Long.MAX_VALUE ? 1e-6 : best * 1e-9;
            seconds = known;
        }
        return known;
    }
}
