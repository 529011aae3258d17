package io.perfloop.profile.analysis;

import java.util.EnumMap;
import java.util.Map;

/**
 * The raw tallies of one scope (the whole recording, or one endpoint) while events stream by.
 * Keys are stack ids or {@link PairKeys} (stack, label) ids.
 */
final class ScopeTally {
    /** stack → CPU samples. */
    final Tally cpu = new Tally();
    /** (stack, allocated type) → sampled bytes. */
    final Tally allocation = new Tally();
    /** (stack, monitor or lock class) → nanoseconds, per wait kind. */
    final Map<WaitKind, Tally> waits = new EnumMap<>(WaitKind.class);
    /** (stack, pinning reason) → nanoseconds pinned. */
    final Tally pinned = new Tally();
    /** (stack, cause) → nanoseconds an event-loop thread stalled. */
    final Tally stalls = new Tally();
    /** (stack, cause) → one thread name the stall happened on. */
    final Map<Integer, String> stallThreads = new java.util.HashMap<>();

    ScopeTally() {
        for (WaitKind k : WaitKind.values()) {
            waits.put(k, new Tally());
        }
    }

    void stall(int key, long nanos, String thread) {
        stalls.add(key, nanos);
        stallThreads.putIfAbsent(key, thread);
    }
}
