package io.perfloop.db.rules;

import io.perfloop.core.finding.Finding;
import io.perfloop.db.explain.ExplainOptions;
import io.perfloop.db.explain.ExplainReport;
import io.perfloop.db.explain.Explainer;

import java.util.List;

/** Explains a statement on a real server and keeps one rule's findings: a rule test reads like the case. */
final class RuleCase {
    private RuleCase() {
    }

    static List<Finding> findings(String url, String ruleId, String sql, Object... values) {
        return report(url, sql, values).findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    static ExplainReport report(String url, String sql, Object... values) {
        try (Explainer e = Explainer.connect(url, ExplainOptions.DEFAULTS.withAdvise(false))) {
            return e.explain(sql, List.of(values));
        }
    }
}
