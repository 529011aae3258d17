package io.perfloop.db.rules;

import io.perfloop.core.finding.Finding;
import io.perfloop.core.finding.RuleConfig;
import io.perfloop.core.finding.RuleSpec;
import io.perfloop.core.finding.Severity;
import io.perfloop.db.plan.PlanNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The generic plan (what a server-side prepared statement runs once PostgreSQL's plan cache
 * switches to it, after five executions) differs from the plan for the actual values. JDBC
 * drivers prepare statements server-side after a few executions (pgjdbc: {@code prepareThreshold=5}),
 * so production may run the generic plan while a manual EXPLAIN shows the custom one.
 * Reported when the access path of a table (scan type, index) changes; both estimated costs are
 * shown (they are not directly comparable: the generic one is costed for unknown values).
 */
@RuleSpec(id = "generic-plan-differs", summary = "The generic plan of a prepared statement reads tables differently from the plan for the actual values",
        severity = Severity.WARNING, tags = {"sql", "postgresql", "prepared-statements"})
public final class GenericPlanDiffersRule extends PlanRule {
    @Override
    public List<Finding> check(PlanEvidence e, RuleConfig config) {
        if (e.genericPlan() == null || e.plan().accessPaths().equals(e.genericPlan().accessPaths())) {
            return List.of();
        }
        String custom = String.join("; ", e.plan().accessPaths());
        String generic = String.join("; ", e.genericPlan().accessPaths());
        List<Finding> out = new ArrayList<>();
        out.add(PlanFindings.of(this, e, e.genericPlan().root(), "The generic plan reads the tables differently: " + generic + " instead of " + custom,
                PlanFindings.facts("plan for the values", custom, "generic plan", generic,
                        "estimated cost", String.format(Locale.ROOT, "%.0f with the values, %.0f generic", e.plan().totalCost(), e.genericPlan().totalCost())),
                "If the generic plan is the slow one, keep the plan per execution: `plan_cache_mode = force_custom_plan` for this "
                        + "role or statement (`SET plan_cache_mode …`), or `prepareThreshold=0` on the JDBC URL for these statements; "
                        + "when a partial index is involved, write its constant into the SQL instead of binding it (see partial-index-unused)."));
        return out;
    }
}
