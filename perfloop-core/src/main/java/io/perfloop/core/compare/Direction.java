package io.perfloop.core.compare;

/** Which way a metric should move to count as an improvement. */
public enum Direction {
    /** Latency, CPU, bytes, errors: smaller is better. */
    LOWER_IS_BETTER("lower"),
    /** Throughput, hit rates: larger is better. */
    HIGHER_IS_BETTER("higher");

    private final String better;

    Direction(String better) {
        this.better = better;
    }

    /** The word for the better side, {@code "lower"} or {@code "higher"}, as printed after "better:". */
    public String better() {
        return better;
    }

    /** Whether a metric that tends to increase has improved. */
    boolean improvesWhenIncreasing() {
        return this == HIGHER_IS_BETTER;
    }
}
