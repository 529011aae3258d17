package io.perfloop.core.compare.findings;

import io.perfloop.core.compare.ComparisonResult;
import io.perfloop.core.compare.MetricVerdict;
import io.perfloop.core.compare.RequestComparison;
import io.perfloop.core.compare.RunComparison;
import io.perfloop.core.detect.RankedFinding;
import io.perfloop.core.event.RequestEvent;
import io.perfloop.core.finding.Finding;
import io.perfloop.core.stats.Quantiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A resolved finding's promise checked against the measurement: the gain it predicted in the old
 * run (a share of its endpoint's wall time) next to how the endpoint's time per request changed
 * between the runs.
 *
 * <p>The measured change is that of the endpoint's successful captured requests: the mean wall time
 * (the predicted gain of a per-request rule such as n-plus-one is a share of the endpoint's total,
 * i.e. mean, time) and the median (endpoint-wide rules predict a median share), both as
 * {@code (new/old − 1)·100 %}; plus the comparison's verdicts on the agent's {@code wall/request}
 * and on the load test's {@code latency p50}, when the comparison has them. When several findings
 * of one endpoint were resolved at once, the change is their combined effect: {@link #together()}
 * names the others and {@link #predictedTogether()} adds their predictions up.
 *
 * @param finding            the resolved finding, as the old run reported it
 * @param requestsOld        successful captured requests of its endpoint in the old run
 * @param requestsNew        the same in the new run
 * @param meanChangePercent  change of the mean wall time per request in percent; NaN without requests
 * @param medianChangePercent change of the median wall time per request in percent; NaN without requests
 * @param wall               the comparison's verdict on the endpoint's {@code wall/request}, or null
 * @param loadP50            the comparison's verdict on the endpoint's load-test {@code latency p50}, or null
 * @param together           the other findings resolved on the same endpoint
 */
public record PredictedVsMeasured(Finding finding, int requestsOld, int requestsNew, double meanChangePercent,
                                  double medianChangePercent, MetricVerdict wall, MetricVerdict loadP50,
                                  List<Finding> together) {

    /** Copies the list. */
    public PredictedVsMeasured {
        Objects.requireNonNull(finding, "finding");
        together = List.copyOf(together);
    }

    /**
     * One check per resolved finding, in the old run's rank order.
     *
     * @param diff       the findings of the two runs matched
     * @param old        the old run's captured requests
     * @param neu        the new run's captured requests
     * @param comparison the comparison of the two runs (for the verdicts); may lack the endpoint
     */
    public static List<PredictedVsMeasured> of(FindingsDiff diff, List<RequestEvent> old, List<RequestEvent> neu,
                                               ComparisonResult comparison) {
        List<PredictedVsMeasured> out = new ArrayList<>();
        for (RankedFinding resolved : diff.resolved()) {
            Finding f = resolved.finding();
            double[] a = walls(old, f.scope());
            double[] b = walls(neu, f.scope());
            List<Finding> together = diff.resolved().stream().map(RankedFinding::finding)
                    .filter(o -> o != f && Objects.equals(o.scope(), f.scope())).toList();
            out.add(new PredictedVsMeasured(f, a.length, b.length, change(mean(a), mean(b)), change(median(a), median(b)),
                    verdict(comparison, f.scope(), RequestComparison.WALL).orElse(null),
                    verdict(comparison, f.scope(), RunComparison.P50.name()).orElse(null), together));
        }
        return out;
    }

    /** The predicted gain as a share 0..1 of the endpoint's wall time; NaN when the rule could not tell. */
    public double predicted() {
        return finding.predictedGain();
    }

    /**
     * The predictions of this and the other findings resolved on the endpoint, added up and capped
     * at 1: each is a share of the same wall time, and disjoint time adds up.
     */
    public double predictedTogether() {
        double sum = predicted();
        for (Finding other : together) {
            sum += other.predictedGain();
        }
        return Math.min(1, sum);
    }

    private static Optional<MetricVerdict> verdict(ComparisonResult comparison, String group, String metric) {
        if (comparison == null || group == null) {
            return Optional.empty();
        }
        return comparison.inGroup(group).stream().filter(v -> v.metric().name().equals(metric)).findFirst();
    }

    private static double[] walls(List<RequestEvent> requests, String endpoint) {
        return requests.stream().filter(r -> !r.failed() && r.endpoint().equals(endpoint))
                .mapToDouble(RequestEvent::wallNanos).sorted().toArray();
    }

    private static double mean(double[] values) {
        return values.length == 0 ? Double.NaN : java.util.Arrays.stream(values).average().orElseThrow();
    }

    private static double median(double[] sorted) {
        return sorted.length == 0 ? Double.NaN : Quantiles.ofSorted(sorted, 0.5);
    }

    private static double change(double old, double neu) {
        return (neu / old - 1) * 100; // NaN when either is NaN; wall times are positive
    }
}
