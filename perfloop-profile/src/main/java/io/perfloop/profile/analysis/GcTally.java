package io.perfloop.profile.analysis;

import java.util.Arrays;

/**
 * Stop-the-world pauses as intervals (from {@code jdk.GCPhasePause}, or from
 * {@code jdk.GarbageCollection} when phases were not recorded), so a scope's share of pause time can
 * be measured as the overlap of pauses with its requests.
 */
final class GcTally {
    private static final int MAX_PAUSES = 1_000_000;

    private long[] phaseStarts = new long[64];
    private long[] phaseEnds = new long[64];
    private int phases;
    private long[] gcStarts = new long[64];
    private long[] gcEnds = new long[64];
    private int gcs;
    long collections;
    long heapUsedAfterGcMax;

    void collection(long startNanos, long sumOfPausesNanos) {
        collections++;
        if (gcs < MAX_PAUSES) {
            if (gcs == gcStarts.length) {
                gcStarts = Arrays.copyOf(gcStarts, gcs * 2);
                gcEnds = Arrays.copyOf(gcEnds, gcs * 2);
            }
            gcStarts[gcs] = startNanos;
            gcEnds[gcs++] = startNanos + sumOfPausesNanos;
        }
    }

    void pausePhase(long startNanos, long durationNanos) {
        if (phases < MAX_PAUSES) {
            if (phases == phaseStarts.length) {
                phaseStarts = Arrays.copyOf(phaseStarts, phases * 2);
                phaseEnds = Arrays.copyOf(phaseEnds, phases * 2);
            }
            phaseStarts[phases] = startNanos;
            phaseEnds[phases++] = startNanos + durationNanos;
        }
    }

    void heapAfterGc(long used) {
        heapUsedAfterGcMax = Math.max(heapUsedAfterGcMax, used);
    }

    /** Pause intervals, sorted by start: [starts, ends]. */
    long[][] pauses() {
        long[] s = phases > 0 ? Arrays.copyOf(phaseStarts, phases) : Arrays.copyOf(gcStarts, gcs);
        long[] e = phases > 0 ? Arrays.copyOf(phaseEnds, phases) : Arrays.copyOf(gcEnds, gcs);
        Integer[] order = new Integer[s.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(s[a], s[b]));
        long[] ss = new long[s.length];
        long[] ee = new long[s.length];
        for (int i = 0; i < order.length; i++) {
            ss[i] = s[order[i]];
            ee[i] = e[order[i]];
        }
        return new long[][]{ss, ee};
    }

    /** Total pause time overlapping [from, to]. */
    static long overlap(long[][] pauses, long from, long to) {
        long[] total = {0};
        overlaps(pauses, from, to, part -> total[0] += part);
        return total[0];
    }

    /** The longest part of one pause inside [from, to]. */
    static long longestOverlap(long[][] pauses, long from, long to) {
        long[] longest = {0};
        overlaps(pauses, from, to, part -> longest[0] = Math.max(longest[0], part));
        return longest[0];
    }

    /** Visits the part of each pause that falls inside [from, to]. */
    private static void overlaps(long[][] pauses, long from, long to, java.util.function.LongConsumer part) {
        long[] s = pauses[0];
        long[] e = pauses[1];
        int i = Arrays.binarySearch(s, from);
        i = i < 0 ? Math.max(0, -i - 2) : i;
        for (; i < s.length && s[i] < to; i++) {
            long a = Math.max(s[i], from);
            long b = Math.min(e[i], to);
            if (b > a) {
                part.accept(b - a);
            }
        }
    }

    /** Total pause time. */
    static long total(long[][] pauses) {
        long t = 0;
        for (int i = 0; i < pauses[0].length; i++) {
            t += pauses[1][i] - pauses[0][i];
        }
        return t;
    }

    /** The longest pause. */
    static long longest(long[][] pauses) {
        long m = 0;
        for (int i = 0; i < pauses[0].length; i++) {
            m = Math.max(m, pauses[1][i] - pauses[0][i]);
        }
        return m;
    }
}
