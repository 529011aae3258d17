package io.perfloop.core.jmh;

import io.perfloop.core.compare.Direction;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One benchmark of a JMH result file: a benchmark method in one mode with one set of parameters.
 *
 * @param benchmark the fully qualified benchmark method, e.g. {@code org.example.MyBench.sum}
 * @param mode JMH's short mode name: {@code thrpt}, {@code avgt}, {@code sample} or {@code ss}
 * @param params the {@code @Param} values (sorted by name; empty without parameters)
 * @param unit the score unit, e.g. {@code ns/op} or {@code ops/s}
 * @param threads benchmark threads
 * @param forks forks the samples come from
 * @param samples one value per measurement iteration of every fork, in the score unit: the
 *                iteration's score from {@code primaryMetric.rawData}, or for {@code sample} mode
 *                the mean of the iteration's histogram ({@code rawDataHistogram}), which is how
 *                JMH scores that mode
 */
public record JmhBenchmark(String benchmark, String mode, Map<String, String> params, String unit, int threads,
                           int forks, double[] samples) {

    /** Copies the parameters and samples. */
    public JmhBenchmark {
        params = java.util.Collections.unmodifiableMap(new TreeMap<>(params));
        samples = samples.clone();
    }

    /** A copy of the samples. */
    @Override
    public double[] samples() {
        return samples.clone();
    }

    /** The benchmark with its parameters, e.g. {@code org.example.MyBench.sum size=1000}; what two files are matched by. */
    public String label() {
        return params.isEmpty() ? benchmark
                : benchmark + " " + params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
    }

    /** Which way is better: higher for throughput, lower for the time modes. */
    public Direction direction() {
        return mode.equals("thrpt") ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JmhBenchmark that && benchmark.equals(that.benchmark) && mode.equals(that.mode)
                && params.equals(that.params) && unit.equals(that.unit) && threads == that.threads && forks == that.forks
                && java.util.Arrays.equals(samples, that.samples);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(benchmark, mode, params, unit, threads, forks, java.util.Arrays.hashCode(samples));
    }

    @Override
    public String toString() {
        return "JmhBenchmark[" + label() + " " + mode + ", " + samples.length + " samples in " + unit + "]";
    }
}
