package io.perfloop.db.catalogue;

import io.perfloop.core.event.CallSite;
import io.perfloop.core.finding.Finding;
import io.perfloop.core.finding.RuleConfig;
import io.perfloop.core.finding.RuleSpec;
import io.perfloop.core.finding.Severity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A statement that runs often and slowly according to the server's own statistics
 * ({@code pg_stat_statements}), linked to the application call sites perfloop captured for the
 * same fingerprint, so the finding says which code to change.
 *
 * <p>Settings: {@code slow-statement.min-calls} (default 100), {@code slow-statement.min-mean-ms}
 * (default 20; PgHero's thresholds).
 */
@RuleSpec(id = "slow-statement", summary = "A statement runs often and slowly according to the server's statement statistics",
        severity = Severity.WARNING, tags = {"sql", "catalogue"})
public final class SlowStatementRule extends CatalogueRule {
    static final String ID = "slow-statement";

    @Override
    public List<Finding> check(Catalogue c, RuleConfig config) {
        int minCalls = config.intValue(ID, "min-calls", 100);
        int minMean = config.intValue(ID, "min-mean-ms", 20);
        double total = c.statements().stream().mapToDouble(SlowStatement::totalMillis).sum();
        List<Finding> out = new ArrayList<>();
        for (SlowStatement s : c.statements()) {
            if (s.calls() < minCalls || s.meanMillis() < minMean) {
                continue;
            }
            List<CallSite> sites = c.callSites().getOrDefault(s.fingerprint(), List.of());
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("calls", s.calls());
            evidence.put("mean", String.format(Locale.ROOT, "%.2f ms", s.meanMillis()));
            evidence.put("total", String.format(Locale.ROOT, "%.0f ms", s.totalMillis()));
            evidence.put("rows per call", s.calls() == 0 ? 0 : s.rows() / s.calls());
            evidence.put("call sites", sites.isEmpty() ? "none captured for this fingerprint"
                    : sites.stream().map(CallSite::toString).collect(Collectors.joining(", ")));
            out.add(new Finding(ID, String.format(Locale.ROOT, "%d calls at %.2f ms on average: %s", s.calls(), s.meanMillis(), abbreviate(s.query())),
                    spec().severity(), c.database(), sites.isEmpty() ? null : sites.get(0).toString(), evidence, s.query(),
                    "Run `perfloop explain --db <url> \"<the statement with real values>\"` for its plan and a verified index; "
                            + "if it is fast per call but called too often, look for an N+1 at the call site.",
                    total > 0 ? s.totalMillis() / total : Double.NaN));
        }
        return out;
    }

    private static String abbreviate(String sql) {
        String flat = sql.replaceAll("\\s+", " ").trim();
        return flat.length() <= 100 ? flat : flat.substring(0, 99) + "…";
    }
}
