package io.perfloop.core.compare.findings;

import io.perfloop.core.compare.MetricVerdict;
import io.perfloop.core.detect.RankedFinding;
import io.perfloop.core.finding.Finding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings section of a compare as JSON-ready records (for
 * {@link io.perfloop.core.compare.ComparisonJson#write(io.perfloop.core.compare.ComparisonResult, Map)}):
 * each finding by its identity and prediction, without evidence and fix text, which the runs'
 * own {@code findings.json} hold.
 */
public final class FindingsDiffJson {
    private FindingsDiffJson() {
    }

    /**
     * A finding by what identifies it and what it predicted.
     *
     * @param ruleId        rule id
     * @param scope         endpoint
     * @param callSite      call site, or null
     * @param title         one line for humans
     * @param predictedGain share 0..1 of the endpoint's wall time; NaN when unknown
     */
    public record FindingRef(String ruleId, String scope, String callSite, String title, double predictedGain) {
        static FindingRef of(RankedFinding ranked) {
            Finding f = ranked.finding();
            return new FindingRef(f.ruleId(), f.scope(), f.callSite(), f.title(), f.predictedGain());
        }
    }

    /**
     * A finding in both runs.
     *
     * @param old   as the old run reported it
     * @param neu   as the new run reported it
     * @param moved whether its call site moved
     */
    public record Pair(FindingRef old, FindingRef neu, boolean moved) {
    }

    /**
     * A predicted-vs-measured check.
     *
     * @param finding             the resolved finding
     * @param predictedTogether   with the other findings resolved on the endpoint, capped at 1
     * @param requestsOld         successful captured requests of the endpoint, old run
     * @param requestsNew         the same, new run
     * @param meanChangePercent   change of the mean wall time per request
     * @param medianChangePercent change of the median wall time per request
     * @param wallVerdict         verdict on {@code wall/request}, or null
     * @param loadP50Verdict      verdict on the load test's {@code latency p50}, or null
     * @param loadP50DeltaPercent its delta, NaN when not compared
     */
    public record Check(FindingRef finding, double predictedTogether, int requestsOld, int requestsNew,
                        double meanChangePercent, double medianChangePercent, String wallVerdict,
                        String loadP50Verdict, double loadP50DeltaPercent) {
    }

    /** The sections {@code findings} and {@code predictedVsMeasured}. */
    public static Map<String, Object> sections(FindingsDiff diff, List<PredictedVsMeasured> checks) {
        Map<String, Object> findings = new LinkedHashMap<>();
        findings.put("resolved", diff.resolved().stream().map(FindingRef::of).toList());
        findings.put("new", diff.appeared().stream().map(FindingRef::of).toList());
        findings.put("stillPresent", diff.stillPresent().stream()
                .map(s -> new Pair(FindingRef.of(s.old()), FindingRef.of(s.neu()), s.moved())).toList());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("findings", findings);
        out.put("predictedVsMeasured", checks.stream().map(c -> new Check(
                new FindingRef(c.finding().ruleId(), c.finding().scope(), c.finding().callSite(), c.finding().title(),
                        c.predicted()), c.predictedTogether(), c.requestsOld(), c.requestsNew(), c.meanChangePercent(),
                c.medianChangePercent(), name(c.wall()), name(c.loadP50()),
                c.loadP50() == null ? Double.NaN : c.loadP50().deltaPercent())).toList());
        return out;
    }

    private static String name(MetricVerdict v) {
        return v == null ? null : v.verdict().name();
    }
}
