package io.perfloop.core.stats;

import java.util.Arrays;

/**
 * Input checks shared by every statistic: a sample must exist, be non-empty and hold only finite
 * values. Checked up front so a NaN from a broken recorder surfaces as a clear message instead of
 * as a silently wrong p-value (NaN compares false with everything, so sorting and ranking would
 * quietly misplace it).
 */
public final class Samples {
    private Samples() {
    }

    /**
     * Checks a sample and returns a sorted copy of it.
     *
     * @param what how the sample is called in the error message, e.g. {@code "old samples of latency"}
     * @param values the sample; not modified
     * @return a sorted copy
     * @throws IllegalArgumentException when {@code values} is null, empty, or holds NaN or an infinity
     */
    public static double[] sortedCopy(String what, double[] values) {
        double[] copy = checkedCopy(what, values);
        Arrays.sort(copy);
        return copy;
    }

    /**
     * Checks a sample and returns an unsorted copy of it.
     *
     * @param what how the sample is called in the error message
     * @param values the sample; not modified
     * @return a copy in the original order
     * @throws IllegalArgumentException when {@code values} is null, empty, or holds NaN or an infinity
     */
    public static double[] checkedCopy(String what, double[] values) {
        if (values == null) {
            throw new IllegalArgumentException(what + " are missing (null)");
        }
        if (values.length == 0) {
            throw new IllegalArgumentException(what + " are empty: at least one value is needed");
        }
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i])) {
                throw new IllegalArgumentException(what + " contain NaN at index " + i);
            }
            if (Double.isInfinite(values[i])) {
                throw new IllegalArgumentException(what + " contain " + values[i] + " at index " + i);
            }
        }
        return values.clone();
    }

    /** Rejects a confidence level outside the open interval (0, 1). */
    static double checkConfidence(double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be strictly between 0 and 1, was " + confidence);
        }
        return confidence;
    }

    /** Rejects a probability outside [0, 1]. */
    static double checkProbability(String what, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException(what + " must be between 0 and 1, was " + p);
        }
        return p;
    }
}
