package io.perfloop.junit.benchmark.internal;

/** One target bound to its own loop: times {@code loops} calls and returns the nanoseconds they took. */
@FunctionalInterface
public interface TimedLoop {
    /**
     * Runs the target {@code loops} times.
     *
     * @param loops calls, ≥ 1
     * @return elapsed nanoseconds
     * @throws Throwable whatever the target threw
     */
    long time(long loops) throws Throwable;
}
