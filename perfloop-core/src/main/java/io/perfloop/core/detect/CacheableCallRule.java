package io.perfloop.core.detect;

import io.perfloop.core.event.RequestEvent;
import io.perfloop.core.event.StatementEvent;
import io.perfloop.core.event.StatementKind;
import io.perfloop.core.finding.Finding;
import io.perfloop.core.finding.Rule;
import io.perfloop.core.finding.RuleConfig;
import io.perfloop.core.finding.RuleSpec;
import io.perfloop.core.finding.Severity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The same queries, with the same parameters and the same number of rows, run again by most
 * requests of an endpoint: every request recomputes what the previous one already had. Fires
 * when such statements appear in at least half of the endpoint's requests (and in at least
 * {@code min-requests}, default 5) and take at least {@code min-share-percent} (default 25) of the
 * typical request's wall time: a cache brings staleness and invalidation code, which a fifth of an
 * already quick request rarely pays for. When another request wrote to a table these queries read during
 * the run, the finding warns that a cache needs invalidation on write.
 *
 * <p>HTTP calls are not judged here: their captured URL templates drop ids and queries, so
 * identical inputs cannot be proven.
 */
@RuleSpec(id = "cacheable-call", summary = "Most requests repeat the same expensive queries with identical inputs and results",
        severity = Severity.WARNING, tags = {"sql", "cache"})
public final class CacheableCallRule implements Rule<EndpointTraffic> {
    static final String ID = "cacheable-call";

    private record Key(String fingerprint, long parametersHash, long rows) {
    }

    @Override
    public Class<EndpointTraffic> evidenceType() {
        return EndpointTraffic.class;
    }

    @Override
    public List<Finding> check(EndpointTraffic traffic, RuleConfig config) {
        int minRequests = config.intValue(ID, "min-requests", 5);
        int minSharePercent = config.intValue(ID, "min-share-percent", 25);
        List<RequestEvent> requests = traffic.requests();
        if (requests.size() < minRequests) {
            return List.of();
        }
        Map<Key, Integer> requestsWithKey = new HashMap<>();
        for (RequestEvent r : requests) {
            Set<Key> seen = new LinkedHashSet<>();
            Map<String, Integer> shapes = new HashMap<>();
            r.statements().forEach(s -> shapes.merge(s.fingerprint(), 1, Integer::sum));
            for (StatementEvent s : r.statements()) {
                // a shape repeated inside one request is an N+1 or a repeat: those rules own it
                if (s.kind() == StatementKind.SELECT && !s.failed() && shapes.get(s.fingerprint()) < 3) {
                    seen.add(new Key(s.fingerprint(), s.parametersHash(), s.rows()));
                }
            }
            seen.forEach(k -> requestsWithKey.merge(k, 1, Integer::sum));
        }
        Set<Key> stable = new LinkedHashSet<>();
        requestsWithKey.forEach((k, n) -> {
            if (n >= minRequests && n * 2 >= requests.size()) {
                stable.add(k);
            }
        });
        if (stable.isEmpty()) {
            return List.of();
        }
        List<Double> shares = new ArrayList<>();
        List<Double> nanos = new ArrayList<>();
        Map<String, Integer> sites = new HashMap<>();
        Set<String> tables = new TreeSet<>();
        String sample = null;
        for (RequestEvent r : requests) {
            long spent = 0;
            for (StatementEvent s : r.statements()) {
                if (stable.contains(new Key(s.fingerprint(), s.parametersHash(), s.rows()))) {
                    spent += s.durationNanos();
                    sites.merge(s.callSite().toString(), 1, Integer::sum);
                    tables.addAll(Tables.read(s.fingerprint()));
                    sample = sample == null ? s.sql() : sample;
                }
            }
            if (spent > 0 && r.wallNanos() > 0) {
                shares.add(Math.min(1.0, (double) spent / r.wallNanos()));
                nanos.add((double) spent);
            }
        }
        double share = Medians.of(shares);
        if (!(share * 100 >= minSharePercent)) {
            return List.of();
        }
        Set<String> writtenRead = new TreeSet<>(tables);
        writtenRead.retainAll(traffic.tablesWritten());
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("identical statements per request", stable.size());
        evidence.put("requests repeating them", requestsWithKey.get(stable.iterator().next()) + " of " + requests.size());
        evidence.put("time in them per request (median)", Medians.millis(Medians.of(nanos)));
        evidence.put("tables read", String.join(", ", tables));
        if (!writtenRead.isEmpty()) {
            evidence.put("written during the run", String.join(", ", writtenRead) + " — a cache needs invalidation on write");
        }
        String title = traffic.endpoint() + " recomputes the same result on every request (" + stable.size()
                + " identical " + (stable.size() == 1 ? "query" : "queries") + ")";
        String fix = "Cache the computed result (e.g. a Caffeine cache with a TTL) and "
                + (writtenRead.isEmpty() ? "decide how stale it may get; if anything writes " + String.join(", ", tables)
                        + ", invalidate the entry there"
                        : "invalidate it explicitly where " + String.join(", ", writtenRead) + " is written (it was written during this run): "
                        + "a TTL alone serves stale data until it expires")
                + ".";
        return List.of(new Finding(ID, title, Severity.WARNING, traffic.endpoint(), SequentialCallsRule.mostCommon(sites),
                evidence, sample, fix, share));
    }
}
