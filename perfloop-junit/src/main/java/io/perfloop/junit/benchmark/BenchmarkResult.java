package io.perfloop.junit.benchmark;

/**
 * One benchmark's measurement, as shown in the end-of-run table and saved under {@code .benchmarks/}.
 *
 * @param name short name, {@code TestClass.method} (with the invocation's display name for parameterised tests)
 * @param fullname the JUnit unique id of the test
 * @param stats statistics of the rounds, seconds per call
 * @param samples the values comparisons use: the median round of each of at most 30 consecutive
 *                blocks of rounds (each round when there are no more than 30), seconds per call
 * @param options how it was measured
 * @param pedantic whether rounds and iterations were set by hand ({@link Benchmark#pedantic()})
 * @param warmupSeconds time spent warming up
 * @param warmupCalls target calls during warmup (calls, or rounds × iterations for pedantic)
 * @param coldStart the cold-start warning, or null when the first runs were not cold
 */
public record BenchmarkResult(String name, String fullname, BenchmarkStats stats, double[] samples,
                              BenchmarkOptions options, boolean pedantic, double warmupSeconds, long warmupCalls,
                              String coldStart) {
}
