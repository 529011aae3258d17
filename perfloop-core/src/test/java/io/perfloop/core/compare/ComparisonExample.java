package io.perfloop.core.compare;

import io.perfloop.core.stats.SeededSamples;
import java.util.Arrays;
import java.util.List;

/**
 * The seeded example shown in docs/compare.md: two 30-second runs compared window by window (one
 * value per endpoint and second), before and after fixing an N+1 on GET /orders, and a compare of
 * three {@code --repeat} runs. {@link ComparisonTableTest} checks that the doc shows exactly this
 * output, so the doc cannot drift from the code.
 *
 * <p>Run: {@code mvn -q -pl perfloop-core test-compile} then
 * {@code java -cp perfloop-core/target/classes:perfloop-core/target/test-classes:<commons-math3 jar>
 * io.perfloop.core.compare.ComparisonExample}
 */
public final class ComparisonExample {
    private ComparisonExample() {
    }

    /** Per-second windows of two 30 s runs, two endpoints. */
    static ComparisonResult windows() {
        SeededSamples s = new SeededSamples(2025);
        Metric p50 = Metric.lowerIsBetter("latency p50", "ms");
        Metric p99 = Metric.lowerIsBetter("latency p99", "ms").asTail();
        Metric throughput = Metric.higherIsBetter("throughput", "req/s");
        Metric cpu = Metric.lowerIsBetter("cpu/request", "ms");
        return Comparison.of(List.of(
                new MetricSamples("GET /orders", p50, s.logNormal(30, 42, 0.08), s.logNormal(30, 11.8, 0.08)),
                new MetricSamples("GET /orders", p99, s.logNormal(30, 180, 0.25), s.logNormal(30, 61, 0.25)),
                new MetricSamples("GET /orders", throughput, s.normal(30, 200, 6), s.normal(30, 200, 6)),
                new MetricSamples("GET /products", p50, s.logNormal(30, 8.1, 0.1), s.logNormal(30, 8.2, 0.1)),
                new MetricSamples("GET /products", p99, s.logNormal(30, 35, 0.3), s.logNormal(30, 36, 0.3)),
                new MetricSamples("GET /products", cpu, s.logNormal(30, 2.1, 0.05), s.logNormal(30, 2.35, 0.05))));
    }

    /** Three repetitions per side: too few to decide anything at α = 0.05. */
    static ComparisonResult threeRepetitions() {
        return Comparison.of(List.of(MetricSamples.of(Metric.lowerIsBetter("latency p50", "ms"),
                new double[] {41.8, 43.0, 42.2}, new double[] {12.1, 11.7, 11.9})));
    }

    /** Prints both tables. */
    public static void main(String[] args) {
        System.out.print(ComparisonTable.render(windows()));
        System.out.println("----");
        System.out.print(ComparisonTable.render(threeRepetitions()));
        System.out.println("---- exit: failed=" + windows().failed() + " regressions="
                + Arrays.toString(windows().regressionsBeyond(0).stream().map(MetricVerdict::label).toArray()));
    }
}
