package io.perfloop.junit.benchmark.internal;

import io.perfloop.junit.benchmark.BenchmarkResult;

/** Where a fixture reports to: the test run's session. */
public interface Recorder {
    /** A benchmark was measured. */
    void recorded(BenchmarkResult result);

    /** A benchmark failed; the run must not be saved. */
    void failed(String name, String reason);

    /** A benchmark produced a warning (e.g. a cold start) to show at once and at the end of the run. */
    void warned(String name, String warning);
}
