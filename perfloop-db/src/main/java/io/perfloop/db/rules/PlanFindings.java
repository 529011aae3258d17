package io.perfloop.db.rules;

import io.perfloop.core.finding.Finding;
import io.perfloop.core.finding.Rule;
import io.perfloop.core.finding.RuleSpec;
import io.perfloop.db.plan.PlanNode;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Builds plan findings the same way for every rule: the node, its facts, its share of the time. */
final class PlanFindings {
    private PlanFindings() {
    }

    static Finding of(Rule<?> rule, PlanEvidence e, PlanNode node, String title, Map<String, Object> facts, String fix) {
        RuleSpec spec = rule.spec();
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("node", node.label());
        evidence.putAll(facts);
        double gain = Double.NaN;
        double own = node.exclusiveMillis();
        if (e.plan().analyzed() && e.plan().executionMillis() > 0 && !Double.isNaN(own)) {
            gain = Math.min(1, own / e.plan().executionMillis());
            evidence.put("node time", String.format(Locale.ROOT, "%.2f ms of %.2f ms", node.exclusiveMillis(), e.plan().executionMillis()));
        }
        return new Finding(spec.id(), title, spec.severity(), e.scope(), e.callSite(), evidence, e.sql(), fix, gain);
    }

    static String rows(double rows) {
        return String.format(Locale.ROOT, "%,.0f", rows);
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }

    static Map<String, Object> facts(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                m.put(String.valueOf(keyValues[i]), keyValues[i + 1]);
            }
        }
        return m;
    }
}
