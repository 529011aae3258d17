package io.perfloop.junit.benchmark.internal;

import io.perfloop.core.compare.Comparison;
import io.perfloop.core.compare.ComparisonOptions;
import io.perfloop.core.compare.ComparisonResult;
import io.perfloop.core.compare.ComparisonTable;
import io.perfloop.core.compare.Metric;
import io.perfloop.core.compare.MetricSamples;
import io.perfloop.core.compare.MetricVerdict;
import io.perfloop.core.compare.Verdict;
import io.perfloop.junit.benchmark.BenchmarkResult;
import io.perfloop.junit.benchmark.CompareFail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares this run's benchmarks with a saved run through perfloop's generic comparison
 * ({@link Comparison}: Mann-Whitney per benchmark on the block samples, Holm across all
 * benchmarks of the run), then applies the compare-fail thresholds to the significant regressions.
 */
public final class BaselineComparison {
    /**
     * Smallest |delta| in percent reported as a change. Samples from within one run cannot show
     * how much a JVM benchmark varies from run to run (JIT decisions, code and heap layout, the
     * machine's state): back-to-back runs of the same code differ by a significant 0.1–1 % on a
     * quiet machine. Like criterion.rs's noise threshold, smaller significant deltas print as
     * {@code ~} with a note ({@link ComparisonOptions#minEffectPercent()}).
     */
    public static final double DEFAULT_NOISE_PERCENT = ComparisonOptions.DEFAULT_MIN_EFFECT_PERCENT;

    private BaselineComparison() {
    }

    /**
     * Compares.
     *
     * @param baseline the saved run
     * @param label how to name it, e.g. its file
     * @param current this run's benchmarks
     * @param rules the compare-fail thresholds; empty never fails
     * @param noisePercent significant deltas smaller than this (in percent) count as no change
     * @return nothing when no benchmark is in both runs
     */
    public static Optional<Outcome> compare(SavedRun baseline, String label, List<BenchmarkResult> current, List<CompareFail> rules,
                                            double noisePercent) {
        Map<String, BenchmarkResult> old = baseline.benchmarks().stream()
                .collect(Collectors.toMap(BenchmarkResult::name, Function.identity(), (a, b) -> b));
        List<MetricSamples> metrics = new ArrayList<>();
        List<BenchmarkResult[]> pairs = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        for (BenchmarkResult now : current) {
            BenchmarkResult before = old.get(now.name());
            if (before == null) {
                unmatched.add(now.name());
                continue;
            }
            Durations.TimeUnit unit = Durations.TimeUnit.forValue(before.stats().median());
            metrics.add(MetricSamples.of(Metric.lowerIsBetter(now.name(), unit.symbol()),
                    scaled(before.samples(), unit), scaled(now.samples(), unit)));
            pairs.add(new BenchmarkResult[] {before, now});
        }
        if (metrics.isEmpty()) {
            return Optional.empty();
        }
        // the noise threshold is core's practical-significance floor: significant but smaller deltas print as ~ with a note
        ComparisonResult result = Comparison.of(metrics, ComparisonOptions.defaults().withMinEffectPercent(noisePercent));
        List<String> failures = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            MetricVerdict v = result.verdicts().get(i);
            for (CompareFail rule : rules) {
                Optional<String> exceeded = rule.exceeded(pairs.get(i)[0].stats(), pairs.get(i)[1].stats());
                if (exceeded.isEmpty()) {
                    continue;
                }
                String line = v.metric().name() + ": " + exceeded.get();
                if (v.verdict() == Verdict.REGRESSED) {
                    failures.add(line + ", a significant regression (p holm " + p(v.pAdjusted()) + ")");
                } else {
                    notes.add(line + ", but " + (v.verdict() == Verdict.INSUFFICIENT_DATA
                            ? "too few samples to decide" : "not a significant regression (" + v.verdict().label()
                            + ", p holm " + p(v.pAdjusted()) + ")") + ": does not fail");
                }
            }
        }
        StringBuilder text = new StringBuilder("Comparison with ").append(label).append(" (")
                .append(baseline.datetime()).append("), samples: median round of each block of rounds\n")
                .append(ComparisonTable.render(result));
        if (!unmatched.isEmpty()) {
            text.append("not in the saved run: ").append(String.join(", ", unmatched)).append('\n');
        }
        notes.forEach(n -> text.append("compareFail: ").append(n).append('\n'));
        return Optional.of(new Outcome(result, text.toString(), List.copyOf(failures)));
    }

    private static double[] scaled(double[] seconds, Durations.TimeUnit unit) {
        return Arrays.stream(seconds).map(s -> s / unit.seconds()).toArray();
    }

    private static String p(double p) {
        return p < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "%.3f", p);
    }

    /**
     * A comparison's outcome.
     *
     * @param result the verdicts, one per benchmark present in both runs
     * @param text the table and notes to print
     * @param failures compare-fail thresholds exceeded by significant regressions; the run fails when not empty
     */
    public record Outcome(ComparisonResult result, String text, List<String> failures) {
    }
}
