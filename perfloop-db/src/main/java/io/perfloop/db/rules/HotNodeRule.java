package io.perfloop.db.rules;

import io.perfloop.core.finding.Finding;
import io.perfloop.core.finding.RuleConfig;
import io.perfloop.core.finding.RuleSpec;
import io.perfloop.core.finding.Severity;
import io.perfloop.db.plan.PlanNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Comparator;
import java.util.Locale;

/**
 * The node where the statement spent most of its own time (exclusive time, children
 * subtracted): where to look first. Needs ANALYZE.
 *
 * <p>Settings: {@code hot-node.min-percent} (default 50), {@code hot-node.min-millis} (default 1:
 * a fast statement has no hot spot worth reporting).
 */
@RuleSpec(id = "hot-node", summary = "One plan node takes most of the statement's execution time",
        severity = Severity.INFO, tags = {"sql", "postgresql"})
public final class HotNodeRule extends PlanRule {
    static final String ID = "hot-node";

    @Override
    public List<Finding> check(PlanEvidence e, RuleConfig config) {
        double total = e.plan().executionMillis();
        if (!e.plan().analyzed() || Double.isNaN(total) || total < config.intValue(ID, "min-millis", 1)) {
            return List.of();
        }
        // a Gather's own time is the leader waiting for its workers, not work of its own
        PlanNode hot = e.plan().nodes().stream().filter(n -> n.nodeType() == null || !n.nodeType().startsWith("Gather"))
                .max(Comparator.comparingDouble(PlanNode::exclusiveMillis)).orElse(null);
        if (hot == null) {
            return List.of();
        }
        double share = hot.exclusiveMillis() / total;
        if (share * 100 < config.intValue(ID, "min-percent", 50)) {
            return List.of();
        }
        List<Finding> out = new ArrayList<>();
        out.add(PlanFindings.of(this, e, hot, String.format(Locale.ROOT, "%s takes %.0f %% of the execution time", hot.label(), share * 100),
                PlanFindings.facts("rows", PlanFindings.rows(hot.totalActualRows()), "loops", PlanFindings.rows(hot.loops())),
                "Start here: the other findings on " + hot.label() + " say what to change; a node that runs many loops is usually "
                        + "cheaper to fix in the node that drives it."));
        return out;
    }
}
