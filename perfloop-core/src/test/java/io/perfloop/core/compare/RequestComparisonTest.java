package io.perfloop.core.compare;

import io.perfloop.core.event.RequestEvent;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RequestComparisonTest {

    private static MetricVerdict verdict(ComparisonResult result, String endpoint, String metric) {
        return result.inGroup(endpoint).stream().filter(v -> v.metric().name().equals(metric)).findFirst()
                .orElseThrow(() -> new AssertionError(endpoint + " " + metric + " not compared: " + result.verdicts()));
    }

    /**
     * The N+1 fix as the agent sees it: GET /orders goes from 101 statements to 2 and from 20 ms to
     * 8 ms of CPU; GET /products is untouched (the same counts, CPU from the same distribution).
     */
    @Test
    void fixedEndpointImproves_untouchedEndpointShowsNoChange() {
        List<RequestEvent> before = new CapturedRequests(1)
                .endpoint("GET /orders", 20, 3, r -> r.wall(100).cpu(20).allocated(1_000_000).statements(101).jitter(0.2))
                .endpoint("GET /products", 20, 5, r -> r.wall(30).cpu(4).statements(1).response(350_000).jitter(0.2)).list();
        List<RequestEvent> after = new CapturedRequests(2)
                .endpoint("GET /orders", 20, 3, r -> r.wall(40).cpu(8).allocated(380_000).statements(2).jitter(0.2))
                .endpoint("GET /products", 20, 5, r -> r.wall(30).cpu(4).statements(1).response(350_000).jitter(0.2)).list();

        ComparisonResult result = Comparison.of(RequestComparison.samples(before, after));

        MetricVerdict statements = verdict(result, "GET /orders", RequestComparison.STATEMENTS);
        assertThat(statements.verdict()).isEqualTo(Verdict.IMPROVED);
        assertThat(statements.deltaPercent()).isCloseTo((2.0 / 101 - 1) * 100, within(1e-9));
        assertThat(statements.oldMedian().median()).isEqualTo(101);
        assertThat(verdict(result, "GET /orders", RequestComparison.CPU).verdict()).isEqualTo(Verdict.IMPROVED);
        assertThat(verdict(result, "GET /orders", RequestComparison.WALL).deltaPercent()).isCloseTo(-60, within(5.0));
        assertThat(verdict(result, "GET /orders", RequestComparison.ALLOCATED).metric().unit()).isEqualTo("KiB");

        for (MetricVerdict v : result.inGroup("GET /products")) {
            assertThat(v.verdict()).as(v.label()).isEqualTo(Verdict.NO_CHANGE);
        }
        MetricVerdict same = verdict(result, "GET /products", RequestComparison.STATEMENTS);
        assertThat(same.deltaPercent()).isZero();
        assertThat(same.pRaw()).isEqualTo(1.0);
        assertThat(verdict(result, "GET /products", RequestComparison.RESPONSE).oldMedian().median()).isCloseTo(341.8, within(0.1));
        assertThat(result.inGroup("GET /orders")).extracting(v -> v.metric().name()).doesNotContain(RequestComparison.CALLS);
    }

    /** Two runs of the same code: per-request metrics must not claim anything. */
    @Test
    void sameCodeTwice_noVerdict() {
        List<RequestEvent> a = new CapturedRequests(3)
                .endpoint("GET /orders", 30, 4, r -> r.wall(100).cpu(20).statements(5).calls(2).jitter(0.3)).list();
        List<RequestEvent> b = new CapturedRequests(4)
                .endpoint("GET /orders", 30, 4, r -> r.wall(100).cpu(20).statements(5).calls(2).jitter(0.3)).list();
        ComparisonResult result = Comparison.of(RequestComparison.samples(a, b));
        assertThat(result.verdicts()).extracting(v -> v.metric().name()).containsExactly(RequestComparison.WALL,
                RequestComparison.CPU, RequestComparison.ALLOCATED, RequestComparison.STATEMENTS, RequestComparison.CALLS,
                RequestComparison.RESPONSE);
        assertThat(result.verdicts()).allMatch(v -> v.verdict() == Verdict.NO_CHANGE);
        assertThat(result.failed()).isFalse();
    }

    /** One value per second of the run: the mean of that second's requests. */
    @Test
    void oneSamplePerSecond_theMeanOfItsRequests() {
        List<RequestEvent> a = new CapturedRequests(5)
                .endpoint("GET /a", 1, 2, r -> r.cpu(10))
                .endpoint("GET /b", 3, 1, r -> r.cpu(1)).list();
        List<RequestEvent> shifted = new ArrayList<>(a);
        shifted.set(1, withCpu(a.get(1), 30_000_000));
        MetricSamples cpu = RequestComparison.samples(a, shifted).stream()
                .filter(s -> s.group().equals("GET /a") && s.metric().name().equals(RequestComparison.CPU)).findFirst().orElseThrow();
        assertThat(cpu.oldSamples()).containsExactly(10.0);
        assertThat(cpu.newSamples()).containsExactly(20.0); // (10 + 30) / 2 in the run's first second
        MetricSamples b = RequestComparison.samples(a, a).stream()
                .filter(s -> s.group().equals("GET /b") && s.metric().name().equals(RequestComparison.CPU)).findFirst().orElseThrow();
        assertThat(b.oldSamples()).containsExactly(1.0, 1.0, 1.0);
    }

    /** A fast failure is not a cheaper request, and -1 (not measurable) is not a value. */
    @Test
    void failedRequestsAndUnknownValuesAreLeftOut() {
        List<RequestEvent> a = new CapturedRequests(6).endpoint("GET /a", 10, 2, r -> r.cpu(-1).statements(10)).list();
        List<RequestEvent> b = new ArrayList<>(new CapturedRequests(7).endpoint("GET /a", 10, 2, r -> r.cpu(-1).statements(10)).list());
        b.addAll(new CapturedRequests(8).endpoint("GET /a", 10, 2, r -> r.cpu(-1).statements(0).status(500)).list());
        List<MetricSamples> samples = RequestComparison.samples(a, b);
        assertThat(samples).extracting(s -> s.metric().name()).doesNotContain(RequestComparison.CPU);
        MetricSamples statements = samples.stream().filter(s -> s.metric().name().equals(RequestComparison.STATEMENTS)).findFirst().orElseThrow();
        assertThat(statements.newSamples()).containsOnly(10.0);
    }

    @Test
    void endpointsCapturedInOneRunOnly_areNamed() {
        List<RequestEvent> a = new CapturedRequests(9).endpoint("GET /a", 5, 1, r -> { }).endpoint("GET /old", 5, 1, r -> { }).list();
        List<RequestEvent> b = new CapturedRequests(9).endpoint("GET /a", 5, 1, r -> { }).endpoint("GET /new", 5, 1, r -> { }).list();
        assertThat(RequestComparison.samples(a, b)).extracting(MetricSamples::group).containsOnly("GET /a");
        assertThat(RequestComparison.unmatched(a, b)).containsExactly("GET /old (captured only in the old run)",
                "GET /new (captured only in the new run)");
    }

    /** Statements appearing where there were none is compared (and a regression), only all-zero counts are skipped. */
    @Test
    void zeroCountsAreSkippedOnlyWhenZeroInBothRuns() {
        List<RequestEvent> a = new CapturedRequests(10).endpoint("GET /a", 10, 1, r -> r.statements(0)).list();
        List<RequestEvent> b = new CapturedRequests(10).endpoint("GET /a", 10, 1, r -> r.statements(3)).list();
        assertThat(RequestComparison.samples(a, a)).extracting(s -> s.metric().name()).doesNotContain(RequestComparison.STATEMENTS);
        MetricVerdict v = verdict(Comparison.of(RequestComparison.samples(a, b)), "GET /a", RequestComparison.STATEMENTS);
        assertThat(v.verdict()).isEqualTo(Verdict.REGRESSED);
        assertThat(v.deltaPercent()).isInfinite();
    }

    private static RequestEvent withCpu(RequestEvent r, long cpuNanos) {
        return new RequestEvent(r.id(), r.endpoint(), r.method(), r.path(), r.status(), r.startEpochNanos(), r.wallNanos(), cpuNanos,
                r.allocatedBytes(), r.responseBytes(), r.server(), r.thread(), r.statements(), r.httpCalls(), r.droppedStatements(),
                r.droppedHttpCalls(), r.error());
    }
}
