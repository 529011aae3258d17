package io.perfloop.profile.analysis;

import java.util.Arrays;

/**
 * Count, sum and maximum per int key (a stack id or a composite key), in open-addressing arrays:
 * the per-event hot path of the analysis allocates nothing.
 */
final class Tally {
    private int[] keys = new int[64];
    private long[] counts = new long[64];
    private long[] sums = new long[64];
    private long[] maxima = new long[64];
    private int size;

    Tally() {
        Arrays.fill(keys, -1);
    }

    /** Adds one observation of {@code value} under {@code key} (≥ 0). */
    void add(int key, long value) {
        int slot = slot(key);
        if (keys[slot] < 0) {
            keys[slot] = key;
            size++;
            if (size * 2 > keys.length) {
                grow();
                slot = slot(key);
            }
        }
        counts[slot]++;
        sums[slot] += value;
        if (value > maxima[slot]) {
            maxima[slot] = value;
        }
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Visits every key. */
    void forEach(Visitor visitor) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] >= 0) {
                visitor.visit(keys[i], counts[i], sums[i], maxima[i]);
            }
        }
    }

    long totalCount() {
        long t = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] >= 0) {
                t += counts[i];
            }
        }
        return t;
    }

    long totalSum() {
        long t = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] >= 0) {
                t += sums[i];
            }
        }
        return t;
    }

    /** One key's tally. */
    interface Visitor {
        void visit(int key, long count, long sum, long max);
    }

    private int slot(int key) {
        int mask = keys.length - 1;
        int i = (key * 0x9E3779B9) >>> 7 & mask;
        while (keys[i] >= 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void grow() {
        int[] oldKeys = keys;
        long[] oldCounts = counts;
        long[] oldSums = sums;
        long[] oldMax = maxima;
        keys = new int[oldKeys.length * 2];
        Arrays.fill(keys, -1);
        counts = new long[keys.length];
        sums = new long[keys.length];
        maxima = new long[keys.length];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] >= 0) {
                int s = slot(oldKeys[i]);
                keys[s] = oldKeys[i];
                counts[s] = oldCounts[i];
                sums[s] = oldSums[i];
                maxima[s] = oldMax[i];
            }
        }
    }
}
