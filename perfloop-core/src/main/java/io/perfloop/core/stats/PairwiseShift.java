package io.perfloop.core.stats;

import java.util.Arrays;

/**
 * The Hodges–Lehmann shift estimate: the median of all {@code n1·n2} differences
 * {@code b[j] − a[i]}. Found by selection instead of materialising the differences, so two
 * samples of 10 000 values need no 800 MB array: bisect on the value while counting
 * differences below it in linear time (both samples sorted), then sort the few candidates left.
 */
final class PairwiseShift {
    /** Below this many candidates, enumerating them is cheaper than bisecting further. */
    private static final long ENUMERATE_BELOW = 4096;

    private final double[] a;
    private final double[] b;

    private PairwiseShift(double[] sortedA, double[] sortedB) {
        this.a = sortedA;
        this.b = sortedB;
    }

    /** Median of {@code b[j] − a[i]} over all pairs; both arrays sorted ascending. */
    static double hodgesLehmann(double[] sortedA, double[] sortedB) {
        PairwiseShift shift = new PairwiseShift(sortedA, sortedB);
        long pairs = (long) sortedA.length * sortedB.length;
        long middle = (pairs + 1) / 2;
        double lower = shift.kth(middle);
        return pairs % 2 == 1 ? lower : (lower + shift.kth(middle + 1)) / 2;
    }

    /** Number of differences {@code b[j] − a[i] ≤ t}. */
    private long countAtMost(double t) {
        long count = 0;
        int j = 0;
        // as a[i] grows, b[j] − a[i] shrinks, so the qualifying prefix of b only grows
        for (double ai : a) {
            while (j < b.length && b[j] - ai <= t) {
                j++;
            }
            count += j;
        }
        return count;
    }

    /** The k-th smallest difference, 1-based. */
    private double kth(long k) {
        double lo = b[0] - a[a.length - 1];
        long countLo = countAtMost(lo);
        if (countLo >= k) {
            return lo;
        }
        double hi = b[b.length - 1] - a[0];
        long countHi = (long) a.length * b.length;
        // invariant: countLo = countAtMost(lo) < k <= countHi = countAtMost(hi)
        while (countHi - countLo > ENUMERATE_BELOW) {
            double mid = lo + (hi - lo) / 2;
            if (mid <= lo || mid >= hi) {
                return hi; // no double lies strictly between: hi is the only candidate
            }
            long c = countAtMost(mid);
            if (c >= k) {
                hi = mid;
                countHi = c;
            } else {
                lo = mid;
                countLo = c;
            }
        }
        return candidatesIn(lo, hi, (int) (countHi - countLo))[(int) (k - countLo - 1)];
    }

    /** All {@code size} differences in {@code (lo, hi]}, sorted. */
    private double[] candidatesIn(double lo, double hi, int size) {
        double[] found = new double[size];
        int filled = 0;
        for (double ai : a) {
            for (int j = firstAbove(lo, ai); j < b.length && b[j] - ai <= hi; j++) {
                found[filled++] = b[j] - ai;
            }
        }
        Arrays.sort(found);
        return found;
    }

    /** Smallest j with {@code b[j] − ai > t}, or b.length. */
    private int firstAbove(double t, double ai) {
        int low = 0;
        int high = b.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (b[mid] - ai > t) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }
}
