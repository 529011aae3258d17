package io.perfloop.agent.output;

/**
 * Decides which requests of an endpoint are written once it has had many: the first
 * {@code sampleAfter} all, then every k-th with k = ⌈n / sampleAfter⌉ growing with the count n.
 * The file grows like {@code sampleAfter · ln(n / sampleAfter)} per endpoint instead of n, the
 * choice is deterministic (reproducible runs), and the summary still counts every request.
 */
final class Sampler {
    private Sampler() {
    }

    /** Whether the {@code n}-th measured request (1-based) of an endpoint is written. */
    static boolean keeps(long n, int sampleAfter) {
        if (n <= sampleAfter) {
            return true;
        }
        long k = (n + sampleAfter - 1) / sampleAfter;
        return n % k == 0;
    }
}
