package io.perfloop.core.detect;

import io.perfloop.core.event.RequestEvent;
import io.perfloop.core.event.StatementEvent;
import io.perfloop.core.finding.Finding;
import io.perfloop.core.finding.RuleConfig;
import io.perfloop.core.finding.RuleRegistry;
import io.perfloop.core.work.WorkUnit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns a run's captured requests into ranked findings. Rules over one unit of work's statements
 * (N+1, repeated query) run on every request and are merged per endpoint, rule and call site;
 * rules over an endpoint's traffic (sequential calls, cacheable calls, waits, payloads) run once
 * per endpoint. Each finding's predicted gain is a share of its endpoint's wall time; findings
 * are ranked by predicted gain × the endpoint's share of requests.
 */
public final class FindingsEngine {
    private final RuleRegistry rules;
    private final RuleConfig config;

    /** An engine running the given rules with the given settings. */
    public FindingsEngine(RuleRegistry rules, RuleConfig config) {
        this.rules = rules;
        this.config = config;
    }

    /** Findings over all requests, best first. */
    public List<RankedFinding> analyse(List<RequestEvent> requests) {
        return analyse(requests, List.of());
    }

    /**
     * Findings over all requests together with findings made elsewhere (plans, profiles: see
     * {@link CollectedFindings}), all ranked the same way, best first. A collected finding whose
     * scope is not an endpoint of these requests is ranked as if it concerned every request.
     */
    public List<RankedFinding> analyse(List<RequestEvent> requests, List<Finding> collected) {
        Map<String, List<RequestEvent>> byEndpoint = new TreeMap<>();
        Set<String> written = new HashSet<>();
        for (RequestEvent r : requests) {
            byEndpoint.computeIfAbsent(r.endpoint(), k -> new ArrayList<>()).add(r);
            for (StatementEvent s : r.statements()) {
                written.addAll(Tables.written(s.fingerprint(), s.kind()));
            }
        }
        List<RankedFinding> ranked = new ArrayList<>();
        byEndpoint.forEach((endpoint, list) -> {
            double share = (double) list.size() / requests.size();
            ranked.addAll(perRequest(list, share));
            for (Finding f : rules.check(new EndpointTraffic(endpoint, list, share, written), config)) {
                ranked.add(rank(f, list.size(), list.size(), share));
            }
        });
        for (Finding f : collected) {
            List<RequestEvent> list = byEndpoint.get(f.scope());
            if (list != null) {
                ranked.add(rank(f, list.size(), list.size(), (double) list.size() / requests.size()));
            } else {
                ranked.add(rank(f, requests.size(), requests.size(), 1.0));
            }
        }
        ranked.sort(Comparator.comparingDouble(RankedFinding::score).reversed()
                .thenComparing(r -> r.finding().scope()).thenComparing(r -> r.finding().ruleId()));
        return ranked;
    }

    private List<RankedFinding> perRequest(List<RequestEvent> requests, double share) {
        Map<List<String>, List<Finding>> merged = new LinkedHashMap<>();
        Map<List<String>, Double> savedNanos = new LinkedHashMap<>();
        double wallNanos = 0;
        for (RequestEvent r : requests) {
            wallNanos += r.wallNanos();
            WorkUnit unit = new WorkUnit(r.id(), r.endpoint(), 0, r.startEpochNanos(), r.wallNanos(), r.statements(),
                    r.droppedStatements());
            for (Finding f : rules.check(unit, config)) {
                List<String> key = List.of(f.ruleId(), String.valueOf(f.callSite()), String.valueOf(f.evidence().get("fingerprint")));
                merged.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
                double gain = Double.isNaN(f.predictedGain()) ? 0 : f.predictedGain();
                savedNanos.merge(key, gain * r.wallNanos(), Double::sum);
            }
        }
        List<RankedFinding> out = new ArrayList<>();
        for (var e : merged.entrySet()) {
            List<Finding> found = e.getValue();
            found.sort(Comparator.comparingDouble(Finding::predictedGain));
            Finding typical = found.get(found.size() / 2);
            double gain = wallNanos > 0 ? savedNanos.get(e.getKey()) / wallNanos : Double.NaN;
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("requests affected", found.size() + " of " + requests.size());
            evidence.putAll(typical.evidence());
            Finding endpointFinding = new Finding(typical.ruleId(), typical.title(), typical.severity(), typical.scope(),
                    typical.callSite(), evidence, typical.sampleSql(), typical.fix(), gain);
            out.add(rank(endpointFinding, found.size(), requests.size(), share));
        }
        return out;
    }

    private static RankedFinding rank(Finding f, int affected, int requests, double share) {
        double gain = Double.isNaN(f.predictedGain()) ? 0 : f.predictedGain();
        return new RankedFinding(f, affected, requests, share, gain * share);
    }
}
