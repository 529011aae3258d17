package io.perfloop.core.compare.findings;

import io.perfloop.core.compare.CapturedRequests;
import io.perfloop.core.compare.Comparison;
import io.perfloop.core.compare.ComparisonJson;
import io.perfloop.core.compare.ComparisonResult;
import io.perfloop.core.compare.RequestComparison;
import io.perfloop.core.compare.Verdict;
import io.perfloop.core.detect.RankedFinding;
import io.perfloop.core.event.RequestEvent;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.perfloop.core.compare.findings.FindingsDiffTest.ORDERS;
import static io.perfloop.core.compare.findings.FindingsDiffTest.finding;
import static io.perfloop.core.compare.findings.FindingsDiffTest.site;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PredictedVsMeasuredTest {
    private final List<RequestEvent> before = new CapturedRequests(1)
            .endpoint(ORDERS, 20, 3, r -> r.wall(100).statements(101).jitter(0.1))
            .endpoint("GET /api/products", 20, 3, r -> r.wall(30).statements(1).jitter(0.1)).list();
    private final List<RequestEvent> after = new CapturedRequests(2)
            .endpoint(ORDERS, 20, 3, r -> r.wall(42).statements(2).jitter(0.1))
            .endpoint("GET /api/products", 20, 3, r -> r.wall(30).statements(1).jitter(0.1)).list();
    private final RankedFinding nPlusOne = finding("n-plus-one", ORDERS, site("summary", 73), "select users", 0.61);
    private final RankedFinding payload = finding("large-payload", "GET /api/products", null, null, 0.54);

    @Test
    void resolvedFinding_predictedNextToMeasured() {
        FindingsDiff diff = FindingsDiff.of(List.of(nPlusOne, payload), List.of(payload));
        ComparisonResult comparison = Comparison.of(RequestComparison.samples(before, after));
        List<PredictedVsMeasured> checks = PredictedVsMeasured.of(diff, before, after, comparison);

        assertThat(checks).hasSize(1);
        PredictedVsMeasured check = checks.get(0);
        assertThat(check.predicted()).isEqualTo(0.61);
        assertThat(check.meanChangePercent()).isCloseTo(-58, within(2.0));
        assertThat(check.medianChangePercent()).isCloseTo(-58, within(4.0));
        assertThat(check.requestsOld()).isEqualTo(60);
        assertThat(check.wall().verdict()).isEqualTo(Verdict.IMPROVED);
        assertThat(check.loadP50()).isNull(); // no load test in this comparison
        assertThat(check.together()).isEmpty();

        String line = FindingsDiffText.line(check);
        assertThat(line).startsWith("n-plus-one GET /api/orders: predicted up to 61%, measured 58% less time per request (mean of 60 -> 60")
                .contains("; wall/request improved (p holm <0.001)").doesNotContain("load test");
        String text = FindingsDiffText.render(diff, checks);
        assertThat(text).startsWith("Findings: 1 resolved, 0 new, 1 still present")
                .contains("  resolved  n-plus-one", "  still     large-payload  GET /api/products", "predicted up to 54% -> up to 54%",
                        "Predicted vs measured, for each resolved finding:\n  n-plus-one GET /api/orders: predicted up to 61%");
    }

    /** Two findings fixed at once on one endpoint: each line says the time saved is their joint effect. */
    @Test
    void severalResolvedOnOneEndpoint_areNamedTogether() {
        RankedFinding items = finding("n-plus-one", ORDERS, site("summary", 74), "select order_items", 0.5);
        FindingsDiff diff = FindingsDiff.of(List.of(nPlusOne, items), List.of());
        List<PredictedVsMeasured> checks = PredictedVsMeasured.of(diff, before, after, null);
        assertThat(checks).hasSize(2);
        assertThat(checks.get(0).together()).containsExactly(items.finding());
        assertThat(checks.get(0).predictedTogether()).isEqualTo(1.0); // 0.61 + 0.5, capped
        assertThat(checks.get(0).wall()).isNull();
        assertThat(FindingsDiffText.line(checks.get(1))).contains("resolved on the same endpoint at the same time: n-plus-one up to 61%; "
                + "predicted together up to 100%");
    }

    @Test
    void endpointNotCapturedInTheNewRun_isNotMeasured() {
        FindingsDiff diff = FindingsDiff.of(List.of(nPlusOne), List.of());
        List<RequestEvent> onlyProducts = after.stream().filter(r -> !r.endpoint().equals(ORDERS)).toList();
        PredictedVsMeasured check = PredictedVsMeasured.of(diff, before, onlyProducts, null).get(0);
        assertThat(check.meanChangePercent()).isNaN();
        assertThat(FindingsDiffText.line(check)).isEqualTo("n-plus-one GET /api/orders: predicted up to 61%, "
                + "not measured (no successful captured requests of this endpoint in the new run)");
    }

    /** The JSON carries the sections after the comparison's own fields and still reads back as a comparison. */
    @Test
    void jsonSections_followTheResultAndReadBack() {
        FindingsDiff diff = FindingsDiff.of(List.of(nPlusOne, payload), List.of(payload));
        ComparisonResult comparison = Comparison.of(RequestComparison.samples(before, after));
        String json = ComparisonJson.write(comparison,
                FindingsDiffJson.sections(diff, PredictedVsMeasured.of(diff, before, after, comparison)));
        assertThat(json).contains("\"findings\" : {", "\"resolved\" : [ {", "\"ruleId\" : \"n-plus-one\"", "\"predictedVsMeasured\" : [ {",
                "\"wallVerdict\" : \"IMPROVED\"", "\"loadP50DeltaPercent\" : \"NaN\"", "\"moved\" : false");
        assertThat(json.indexOf("\"verdicts\"")).isLessThan(json.indexOf("\"findings\""));
        assertThat(ComparisonJson.read(json)).isEqualTo(comparison);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ComparisonJson.write(comparison, java.util.Map.of("verdicts", 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("would replace");
    }
}
