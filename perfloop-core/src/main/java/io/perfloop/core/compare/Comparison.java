package io.perfloop.core.compare;

import io.perfloop.core.stats.HolmBonferroni;
import io.perfloop.core.stats.MannWhitney;
import io.perfloop.core.stats.MedianInterval;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Compares metrics between an old and a new measurement: per metric a two-sided Mann-Whitney U
 * test, Holm–Bonferroni across the metrics of the family ({@link HolmFamily}), and a verdict that
 * knows which direction is better.
 *
 * <p>A metric with so few samples that even complete separation could not reach α
 * ({@link MannWhitney#smallestPossibleP}) gets {@link Verdict#INSUFFICIENT_DATA} and is left out of
 * the Holm family: that depends only on the sample sizes, not on the data, so leaving it out does
 * not bias the correction, and keeping it would only cost the other metrics power. The same holds
 * for a metric whose old and new values are all one and the same number (a deterministic count
 * that did not move, e.g. 101 statements per request in every window of both runs): every
 * rearrangement of its pooled values gives p = 1, so it can never be significant and is left out
 * as well (Tarone's argument for discrete tests), with {@link Verdict#NO_CHANGE} and p = 1.
 *
 * <p>A significant change smaller than {@link ComparisonOptions#minEffectPercent()} is reported as
 * {@link Verdict#NO_CHANGE} with a warning that gives its p: real, but not a change worth a verdict.
 */
public final class Comparison {
    private Comparison() {
    }

    /** Compares with {@link ComparisonOptions#defaults()}. */
    public static ComparisonResult of(List<MetricSamples> metrics) {
        return of(metrics, ComparisonOptions.defaults());
    }

    /**
     * Compares every metric's old and new samples.
     *
     * @param metrics the metrics, each with its samples; verdicts keep this order
     * @param options significance level, Holm family, interval settings
     * @return one verdict per metric
     * @throws IllegalArgumentException when the list is null, empty or holds the same
     *                                  group and metric twice
     */
    public static ComparisonResult of(List<MetricSamples> metrics, ComparisonOptions options) {
        Objects.requireNonNull(options, "options");
        if (metrics == null || metrics.isEmpty()) {
            throw new IllegalArgumentException("nothing to compare: the list of metrics is " + (metrics == null ? "null" : "empty"));
        }
        List<MetricAnalysis> analyses = new ArrayList<>();
        Map<String, List<Integer>> families = new LinkedHashMap<>();
        for (MetricSamples samples : metrics) {
            Objects.requireNonNull(samples, "metric samples");
            requireUnique(analyses, samples);
            MetricAnalysis analysis = MetricAnalysis.of(samples, options);
            if (analysis.decidable(options.alpha()) && !analysis.constant()) {
                String family = options.family() == HolmFamily.GROUP ? samples.group() : "";
                families.computeIfAbsent(family, f -> new ArrayList<>()).add(analyses.size());
            }
            analyses.add(analysis);
        }
        double[] adjusted = new double[analyses.size()];
        int[] familySize = new int[analyses.size()];
        Arrays.fill(adjusted, Double.NaN);
        for (List<Integer> members : families.values()) {
            double[] raw = members.stream().mapToDouble(i -> analyses.get(i).test().p()).toArray();
            double[] holm = HolmBonferroni.adjust(raw);
            for (int k = 0; k < members.size(); k++) {
                adjusted[members.get(k)] = holm[k];
                familySize[members.get(k)] = members.size();
            }
        }
        List<MetricVerdict> verdicts = new ArrayList<>();
        for (int i = 0; i < analyses.size(); i++) {
            if (analyses.get(i).decidable(options.alpha()) && analyses.get(i).constant()) {
                adjusted[i] = 1.0; // p = 1 however it is adjusted
            }
            verdicts.add(verdict(analyses.get(i), adjusted[i], familySize[i], options));
        }
        return new ComparisonResult(options, verdicts);
    }

    private static void requireUnique(List<MetricAnalysis> seen, MetricSamples samples) {
        for (MetricAnalysis earlier : seen) {
            if (earlier.samples().group().equals(samples.group())
                    && earlier.samples().metric().name().equals(samples.metric().name())) {
                throw new IllegalArgumentException("metric '" + samples.metric().name() + "' appears twice"
                        + (samples.group().isEmpty() ? "" : " in group '" + samples.group() + "'"));
            }
        }
    }

    private static MetricVerdict verdict(MetricAnalysis a, double pAdjusted, int familySize, ComparisonOptions options) {
        MetricSamples s = a.samples();
        Verdict verdict;
        Verdict belowFloor = null; // the significant verdict the practical-significance floor turned into "~"
        if (!a.decidable(options.alpha())) {
            verdict = Verdict.INSUFFICIENT_DATA;
        } else if (pAdjusted <= options.alpha()) {
            boolean increased = a.test().rankBiserial() > 0;
            verdict = increased == s.metric().direction().improvesWhenIncreasing() ? Verdict.IMPROVED : Verdict.REGRESSED;
            if (Math.abs(a.deltaPercent()) < options.minEffectPercent()) {
                belowFloor = verdict;
                verdict = Verdict.NO_CHANGE;
            }
        } else {
            verdict = Verdict.NO_CHANGE;
        }
        List<String> warnings = warnings(a, verdict, familySize, options);
        if (belowFloor != null) {
            warnings.add(0, String.format(Locale.ROOT, "%s %+.1f%% is significant (p holm %s) but smaller than the "
                            + "minimum effect of %s%%, so it is not reported as a change", belowFloor.label(),
                    a.deltaPercent(), pAdjusted < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "%.3f", pAdjusted),
                    plain(options.minEffectPercent())));
        }
        return new MetricVerdict(s.group(), s.metric(), a.oldMedian(), a.newMedian(), a.deltaPercent(),
                a.deltaInterval(), a.test(), pAdjusted, verdict, warnings);
    }

    /** A percentage as written: 2, 0.5 (no trailing zeros). */
    private static String plain(double percent) {
        return new java.math.BigDecimal(Double.toString(percent)).stripTrailingZeros().toPlainString();
    }

    private static List<String> warnings(MetricAnalysis a, Verdict verdict, int familySize, ComparisonOptions options) {
        List<String> warnings = new ArrayList<>();
        int nOld = a.test().n1();
        int nNew = a.test().n2();
        double alpha = options.alpha();
        if (verdict == Verdict.INSUFFICIENT_DATA) {
            warnings.add(String.format(Locale.ROOT,
                    "too few samples to decide: with %d old and %d new values the smallest possible p is %.3f > alpha %s; "
                            + "need at least %d of each", nOld, nNew, a.smallestPossibleP(), alpha,
                    MannWhitney.minimumSampleSize(alpha)));
        } else if (familySize > 1 && a.smallestPossibleP() > alpha / familySize) {
            warnings.add(String.format(Locale.ROOT,
                    "few samples for %d metrics: after the Holm correction this metric can be significant only if "
                            + "others are; %d of each would make it decidable on its own", familySize,
                    MannWhitney.minimumSampleSize(alpha / familySize)));
        }
        if (!a.oldMedian().determined() || !a.newMedian().determined()) {
            warnings.add(String.format(Locale.ROOT, "no %.0f %% interval for a median of fewer than %d values",
                    options.confidence() * 100, MedianInterval.minimumSampleSize(options.confidence())));
        }
        if (Double.isInfinite(a.deltaPercent())) {
            warnings.add("delta undefined: the old median is 0");
        }
        boolean significant = verdict == Verdict.IMPROVED || verdict == Verdict.REGRESSED;
        if (significant && Math.signum(a.deltaPercent()) != Math.signum(a.test().rankBiserial())) {
            warnings.add("the medians moved against the direction most value pairs moved; look at the distributions");
        }
        if (a.samples().metric().tail() && a.deltaInterval() == null) {
            warnings.add("no bootstrap interval for the delta: the old median is not positive");
        } else if (a.deltaInterval() != null && !a.deltaInterval().defined()) {
            warnings.add("no bootstrap interval for the delta: some resamples of the old values had median 0");
        }
        return warnings;
    }
}
