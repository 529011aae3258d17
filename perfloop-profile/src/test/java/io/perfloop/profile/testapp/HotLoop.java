package io.perfloop.profile.testapp;

import java.lang.management.ManagementFactory;

/** CPU-bound work with one known hot line (the test finds it by its marker comment). */
public final class HotLoop {
    static volatile long sink;

    private HotLoop() {
    }

    /** Spins until this thread has used {@code cpuNanos} of CPU. */
    public static void spin(long cpuNanos) {
        long end = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() + cpuNanos;
        long x = 0x9E3779B97F4A7C15L;
        while (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() < end) {
            x = mix(x);
        }
        sink = x;
    }

    private static long mix(long x) {
        for (int i = 0; i < 200_000; i++) {
            x = Long.rotateLeft(x * 0xBF58476D1CE4E5B9L, 31) ^ (x >>> 29) + i; // HOT LINE
        }
        return x;
    }

    /** Spins in {@code Math.sin} (an intrinsic stub JFR on JDK 17 rarely samples) for {@code cpuNanos} of CPU. */
    public static void sines(long cpuNanos) {
        long end = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() + cpuNanos;
        double s = 0;
        int i = 0;
        while (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() < end) {
            for (int k = 0; k < 100_000; k++) {
                s += Math.sin(i++); // SIN LINE
            }
        }
        sink = (long) s;
    }
}
