package io.perfloop.scenario;

/** CPU and allocation the agent must see. */
final class Work {
    private Work() {
    }

    /** Spins for {@code millis} of CPU time on this thread; returns a value so it is not optimised away. */
    static long burn(long millis) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long end = threads.getCurrentThreadCpuTime() + millis * 1_000_000;
        long x = 0;
        while (threads.getCurrentThreadCpuTime() < end) {
            for (int i = 0; i < 10_000; i++) {
                x += i * 31L ^ x;
            }
        }
        return x;
    }

    /** Allocates about {@code bytes} bytes and keeps none of them. */
    static int allocate(int bytes) {
        int sum = 0;
        for (int i = 0; i < bytes / (64 << 10); i++) {
            byte[] chunk = new byte[64 << 10];
            sum += chunk.length;
        }
        return sum;
    }
}
