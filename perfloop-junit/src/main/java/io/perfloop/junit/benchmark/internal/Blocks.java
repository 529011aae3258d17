package io.perfloop.junit.benchmark.internal;

import io.perfloop.core.stats.Quantiles;

import java.util.Arrays;

/**
 * Splits the rounds into at most {@link #MAX_BLOCKS} consecutive blocks, the units that intervals
 * and comparisons treat as independent.
 *
 * <p>Why not the rounds themselves: calibration makes rounds as short as 5 µs, so a one-second
 * benchmark has up to 200 000 of them, and neighbouring rounds share every GC pause, JIT
 * recompilation and scheduler hiccup. A rank test fed that many correlated values calls any
 * run-to-run drift of a fraction of a percent "significant" (docs/compare.md explains the same
 * for requests). A block is what JMH calls an iteration: a slice of the measuring time, here one
 * thirtieth. Its median round ignores a preempted round, so a busy machine widens the blocks'
 * spread instead of shifting them. With {@link #MAX_BLOCKS} rounds or fewer each round is a block.
 */
public final class Blocks {
    /** Blocks per benchmark: enough for the Mann-Whitney test and a median interval, few enough to be nearly independent. */
    public static final int MAX_BLOCKS = 30;

    private Blocks() {
    }

    /** The median round of each block, in order; the samples a comparison uses. */
    public static double[] medians(double[] rounds) {
        return reduce(rounds, true);
    }

    /** The mean round of each block, in order; the values the interval on the mean uses. */
    public static double[] means(double[] rounds) {
        return reduce(rounds, false);
    }

    private static double[] reduce(double[] rounds, boolean median) {
        if (rounds.length <= MAX_BLOCKS) {
            return rounds.clone();
        }
        double[] out = new double[MAX_BLOCKS];
        for (int b = 0; b < MAX_BLOCKS; b++) {
            int from = (int) ((long) rounds.length * b / MAX_BLOCKS);
            int to = (int) ((long) rounds.length * (b + 1) / MAX_BLOCKS);
            double[] block = Arrays.copyOfRange(rounds, from, to);
            out[b] = median ? Quantiles.of(block, 0.5) : Arrays.stream(block).average().orElseThrow();
        }
        return out;
    }
}
