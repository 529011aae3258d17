package io.perfloop.junit.benchmark;

/**
 * A benchmark could not be measured: its target threw, or the fixture was misused. The message
 * names the benchmark and the phase; the cause is what the target threw. Nothing of the benchmark
 * is recorded, and a run with a failed benchmark is not saved.
 */
public class BenchmarkException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong, naming the benchmark
     * @param cause what the target threw, or null
     */
    public BenchmarkException(String message, Throwable cause) {
        super(message, cause);
    }
}
