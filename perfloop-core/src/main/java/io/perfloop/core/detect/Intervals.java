package io.perfloop.core.detect;

import java.util.Arrays;

/**
 * Total length of a set of time intervals with overlaps counted once: two queries running at the
 * same time on two threads cost the request their union, not their sum.
 */
final class Intervals {
    private long[] starts = new long[8];
    private long[] ends = new long[8];
    private int size;

    void add(long start, long end) {
        if (end <= start) {
            return;
        }
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
        }
        starts[size] = start;
        ends[size] = end;
        size++;
    }

    /** Length of the union of the intervals. */
    long union() {
        return unionMinus(null);
    }

    /** Length of the union of these intervals outside {@code other}'s union. */
    long unionMinus(Intervals other) {
        long[][] merged = merged();
        long total = 0;
        for (long[] m : merged) {
            total += m[1] - m[0];
        }
        if (other == null) {
            return total;
        }
        for (long[] a : merged) {
            for (long[] b : other.merged()) {
                long overlap = Math.min(a[1], b[1]) - Math.max(a[0], b[0]);
                if (overlap > 0) {
                    total -= overlap;
                }
            }
        }
        return total;
    }

    private long[][] merged() {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Long.compare(starts[x], starts[y]));
        long[][] out = new long[size][];
        int n = 0;
        for (int i : order) {
            if (n > 0 && starts[i] <= out[n - 1][1]) {
                out[n - 1][1] = Math.max(out[n - 1][1], ends[i]);
            } else {
                out[n++] = new long[] {starts[i], ends[i]};
            }
        }
        return Arrays.copyOf(out, n);
    }
}
