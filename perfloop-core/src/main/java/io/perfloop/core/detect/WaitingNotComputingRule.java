package io.perfloop.core.detect;

import io.perfloop.core.event.RequestEvent;
import io.perfloop.core.finding.Finding;
import io.perfloop.core.finding.Rule;
import io.perfloop.core.finding.RuleConfig;
import io.perfloop.core.finding.RuleSpec;
import io.perfloop.core.finding.Severity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Most of an endpoint's wall time is spent off-CPU — waiting for the database, a downstream
 * service, a lock or a queue — so a CPU profile of it would point at the wrong place. Fires when
 * the typical served request (status below 400, see {@link EndpointTraffic#served()}) is off-CPU
 * for at least {@code min-off-cpu-percent} (default 70) of its wall time, and names the biggest wait. It predicts no gain itself: the wait's own finding does.
 */
@RuleSpec(id = "waiting-not-computing", summary = "Most of the endpoint's wall time is spent waiting, not computing",
        severity = Severity.INFO, tags = {"breakdown"})
public final class WaitingNotComputingRule implements Rule<EndpointTraffic> {
    static final String ID = "waiting-not-computing";

    @Override
    public Class<EndpointTraffic> evidenceType() {
        return EndpointTraffic.class;
    }

    @Override
    public List<Finding> check(EndpointTraffic traffic, RuleConfig config) {
        int minOffCpu = config.intValue(ID, "min-off-cpu-percent", 70);
        List<Double> offCpu = new ArrayList<>();
        List<Double> db = new ArrayList<>();
        List<Double> downstream = new ArrayList<>();
        List<Double> other = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (RequestEvent r : traffic.served()) {
            TimeBreakdown b = TimeBreakdown.of(r);
            if (Double.isNaN(b.offCpuShare())) {
                continue;
            }
            offCpu.add(b.offCpuShare());
            db.add(b.share(b.databaseNanos()));
            downstream.add(b.share(b.downstreamNanos()));
            other.add(b.share(b.otherNanos()));
            cpu.add(b.share(b.cpuNanos()));
        }
        double share = Medians.of(offCpu);
        if (offCpu.isEmpty() || share * 100 < minOffCpu) {
            return List.of();
        }
        Map<String, Double> waits = new LinkedHashMap<>();
        waits.put("the database", Medians.of(db));
        waits.put("downstream HTTP calls", Medians.of(downstream));
        waits.put("something else (locks, queues, GC, client I/O)", Medians.of(other));
        String biggest = SequentialCallsRule.mostCommon(scaled(waits));
        Map<String, Object> evidence = new LinkedHashMap<>();
        waits.forEach((k, v) -> evidence.put("waiting on " + k, percent(v)));
        evidence.put("computing (CPU)", percent(Medians.of(cpu)));
        String title = traffic.endpoint() + " spends " + percent(share) + " of its time waiting, mostly on " + biggest;
        String fix = "Look at the wait, not at the code's CPU profile: the findings on " + biggest
                + " for this endpoint say what to change; fewer or faster round trips, overlap, or caching.";
        return List.of(new Finding(ID, title, Severity.INFO, traffic.endpoint(), null, evidence, null, fix, Double.NaN));
    }

    private static Map<String, Integer> scaled(Map<String, Double> shares) {
        Map<String, Integer> out = new LinkedHashMap<>();
        shares.forEach((k, v) -> out.put(k, (int) Math.round(v * 10_000)));
        return out;
    }

    static String percent(double share) {
        return String.format(java.util.Locale.ROOT, "%.0f%%", share * 100);
    }
}
