package io.perfloop.core.detect;

import io.perfloop.core.event.HttpCallEvent;
import io.perfloop.core.event.RequestEvent;
import io.perfloop.core.finding.Finding;
import io.perfloop.core.finding.Rule;
import io.perfloop.core.finding.RuleConfig;
import io.perfloop.core.finding.RuleSpec;
import io.perfloop.core.finding.Severity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Downstream HTTP calls made one after the other inside a request although they could overlap:
 * the request waits for their sum where it could wait for their maximum. Fires when, in most
 * successful requests of the endpoint (status below 400: a 404 for a missing cart does none of the
 * endpoint's work and says nothing about how it does it), at least {@code min-calls} calls
 * (default 2) ran without any two of them overlapping in time. Whether one call's input depends on another's output cannot be seen
 * from timing alone; the finding says so, and repeated calls to one URL template (the usual
 * "one call per item" loop) are the strong case.
 */
@RuleSpec(id = "sequential-calls", summary = "Downstream HTTP calls in one request run one after another instead of concurrently",
        severity = Severity.WARNING, tags = {"http", "latency"})
public final class SequentialCallsRule implements Rule<EndpointTraffic> {
    static final String ID = "sequential-calls";

    @Override
    public Class<EndpointTraffic> evidenceType() {
        return EndpointTraffic.class;
    }

    @Override
    public List<Finding> check(EndpointTraffic traffic, RuleConfig config) {
        int minCalls = config.intValue(ID, "min-calls", 2);
        List<Double> gains = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        List<Double> sums = new ArrayList<>();
        Map<String, Integer> sites = new HashMap<>();
        Map<String, Integer> targets = new HashMap<>();
        int affected = 0;
        List<RequestEvent> served = traffic.served();
        int successful = served.size();
        for (RequestEvent request : served) {
            List<HttpCallEvent> calls = new ArrayList<>(request.httpCalls());
            if (calls.size() < minCalls || overlapping(calls) || request.wallNanos() <= 0) {
                continue;
            }
            affected++;
            long sum = 0;
            long max = 0;
            for (HttpCallEvent c : calls) {
                sum += c.durationNanos();
                max = Math.max(max, c.durationNanos());
                sites.merge(c.callSite().toString(), 1, Integer::sum);
                targets.merge(c.method() + " " + c.urlTemplate(), 1, Integer::sum);
            }
            gains.add(Math.min(1.0, (double) (sum - max) / request.wallNanos()));
            counts.add(calls.size());
            sums.add((double) sum);
        }
        if (successful == 0 || affected * 2 < successful || served.get(0).status() >= 400) {
            return List.of();
        }
        String site = mostCommon(sites);
        String target = mostCommon(targets);
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("requests affected", affected + " of " + successful + (successful < traffic.requests().size()
                ? " served (" + (traffic.requests().size() - successful) + " failed requests not counted)" : ""));
        evidence.put("calls per request (median)", (int) Math.round(Medians.of(counts)));
        evidence.put("time in calls per request (median)", Medians.millis(Medians.of(sums)));
        evidence.put("most called", target);
        evidence.put("overlap between calls", "none");
        String title = (int) Math.round(Medians.of(counts)) + " downstream calls run one after another in " + traffic.endpoint();
        String fix = "Start the calls together and wait for all of them, with a bound on how many run at once so the "
                + "downstream service is not flooded: `CompletableFuture.supplyAsync(call, executor)` on a small fixed pool "
                + "(or `Executors.newVirtualThreadPerTaskExecutor()` with a `Semaphore(8)`) and `allOf(...).join()`, or the "
                + "async API of your HTTP client. Only calls whose inputs do not depend on each other's outputs can overlap.";
        return List.of(new Finding(ID, title, Severity.WARNING, traffic.endpoint(), site, evidence, null, fix, Medians.of(gains)));
    }

    static boolean overlapping(List<HttpCallEvent> calls) {
        calls.sort(Comparator.comparingLong(HttpCallEvent::startEpochNanos));
        for (int i = 1; i < calls.size(); i++) {
            if (calls.get(i).startEpochNanos() < calls.get(i - 1).endEpochNanos()) {
                return true;
            }
        }
        return false;
    }

    static String mostCommon(Map<String, Integer> counts) {
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("?");
    }
}
