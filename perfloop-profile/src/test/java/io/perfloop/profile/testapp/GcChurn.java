package io.perfloop.profile.testapp;

/** Keeps a large, constantly replaced live set so the collector works hard (run with a small heap). */
final class GcChurn {
    static volatile Object sink;

    private GcChurn() {
    }

    static void churn(long millis) {
        Object[] live = new Object[6_000]; // ~6k × 8 KB ≈ 48 MB kept alive, replaced round-robin
        long end = System.nanoTime() + millis * 1_000_000;
        int i = 0;
        while (System.nanoTime() < end) {
            live[i++ % live.length] = new byte[8 * 1024]; // GC CHURN
        }
        sink = live;
    }
}
