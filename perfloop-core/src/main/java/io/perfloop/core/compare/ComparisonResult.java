package io.perfloop.core.compare;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * All metric verdicts of one comparison, in the order the metrics were given.
 *
 * @param options the options used
 * @param verdicts one per metric
 */
public record ComparisonResult(ComparisonOptions options, List<MetricVerdict> verdicts) {

    /** Copies the verdicts. */
    public ComparisonResult {
        Objects.requireNonNull(options, "options");
        verdicts = List.copyOf(verdicts);
    }

    /**
     * Significant regressions whose |delta| is at least {@code percent}; what an exit code needs.
     *
     * @param percent threshold in percent, ≥ 0 (0: every significant regression)
     */
    public List<MetricVerdict> regressionsBeyond(double percent) {
        if (!(percent >= 0)) {
            throw new IllegalArgumentException("percent must be >= 0, was " + percent);
        }
        return verdicts.stream()
                .filter(v -> v.verdict() == Verdict.REGRESSED && Math.abs(v.deltaPercent()) >= percent)
                .toList();
    }

    /** Whether a regression reaches {@link ComparisonOptions#failOnPercent()}. */
    public boolean failed() {
        return !regressionsBeyond(options.failOnPercent()).isEmpty();
    }

    /** The verdicts with the given outcome. */
    public List<MetricVerdict> withVerdict(Verdict verdict) {
        return verdicts.stream().filter(v -> v.verdict() == verdict).toList();
    }

    /** Group names in first-seen order. */
    public List<String> groups() {
        return List.copyOf(new LinkedHashSet<>(verdicts.stream().map(MetricVerdict::group).toList()));
    }

    /** The verdicts of one group, in input order. */
    public List<MetricVerdict> inGroup(String group) {
        return verdicts.stream().filter(v -> v.group().equals(group)).toList();
    }
}
