package io.perfloop.db.mysql;

import io.perfloop.core.finding.Finding;
import io.perfloop.core.finding.Rule;
import io.perfloop.core.finding.RuleSpec;
import io.perfloop.jdbc.fingerprint.SqlFingerprint;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Builds MariaDB/MySQL plan findings the same way for every rule. */
final class MySqlFindings {
    private MySqlFindings() {
    }

    static Finding of(Rule<?> rule, MySqlPlan plan, MySqlTable table, String title, String fix) {
        RuleSpec spec = rule.spec();
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("table", table.name());
        evidence.put("access type", table.accessType());
        if (!table.possibleKeys().isEmpty()) {
            evidence.put("possible keys", String.join(", ", table.possibleKeys()));
        }
        evidence.put("key", table.key() == null ? "(none)" : table.key());
        evidence.put(plan.analyzed() ? "rows examined (measured)" : "rows examined (estimated)", rows(table.rowsExamined()));
        evidence.put("rows kept", String.format(Locale.ROOT, "%.1f %%", table.keptShare() * 100));
        if (table.condition() != null) {
            evidence.put("condition", table.condition());
        }
        return new Finding(spec.id(), title, spec.severity(), SqlFingerprint.of(plan.sql()), null, evidence, plan.sql(), fix, Double.NaN);
    }

    static String rows(double rows) {
        return String.format(Locale.ROOT, "%,.0f", rows);
    }
}
