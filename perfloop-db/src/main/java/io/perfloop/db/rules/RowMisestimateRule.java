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
 * A node whose actual row count is far from the planner's estimate (×10, ×100, ×1000): the
 * planner chose joins and scans for a different query than the one that ran. Needs ANALYZE.
 * Only the worst node is reported, because one bad estimate skews every node above it.
 *
 * <p>Settings: {@code row-misestimate.min-factor} (default 10), {@code row-misestimate.min-rows}
 * (default 100: small counts are allowed to be off).
 */
@RuleSpec(id = "row-misestimate", summary = "The planner's row estimate is off by 10x or more, so it planned for another query",
        severity = Severity.WARNING, tags = {"sql", "postgresql", "statistics"})
public final class RowMisestimateRule extends PlanRule {
    static final String ID = "row-misestimate";

    @Override
    public List<Finding> check(PlanEvidence e, RuleConfig config) {
        if (!e.plan().analyzed()) {
            return List.of();
        }
        int minFactor = config.intValue(ID, "min-factor", 10);
        int minRows = config.intValue(ID, "min-rows", 100);
        PlanNode worst = null;
        double worstFactor = 0;
        for (PlanNode node : candidates(e.plan().root(), false, new ArrayList<>())) {
            double actual = node.actualRows();
            double planned = node.planRows();
            if (Double.isNaN(actual) || Double.isNaN(planned) || node.number("Actual Loops") == 0 || Math.max(actual, planned) < minRows) {
                continue;
            }
            double factor = Math.max(actual, 1) >= Math.max(planned, 1) ? Math.max(actual, 1) / Math.max(planned, 1) : Math.max(planned, 1) / Math.max(actual, 1);
            if (factor >= minFactor && factor > worstFactor) {
                worst = node;
                worstFactor = factor;
            }
        }
        if (worst == null) {
            return List.of();
        }
        String band = worstFactor >= 1000 ? "×1000" : worstFactor >= 100 ? "×100" : "×10";
        String direction = worst.actualRows() > worst.planRows() ? "under" : "over";
        List<Finding> out = new ArrayList<>();
        out.add(PlanFindings.of(this, e, worst,
                String.format(Locale.ROOT, "Row estimate %sestimated %s at %s: planned %s rows, got %s", direction, band, worst.label(),
                        PlanFindings.rows(worst.planRows()), PlanFindings.rows(worst.actualRows())),
                PlanFindings.facts("planned rows", PlanFindings.rows(worst.planRows()), "actual rows", PlanFindings.rows(worst.actualRows()),
                        "factor", String.format(Locale.ROOT, "%.0f", worstFactor), "condition", condition(worst)),
                fix(worst)));
        return out;
    }

    /**
     * Nodes whose row counts can be compared. Below a Limit a node stops early and returns fewer
     * rows than planned by design, so there only underestimates count.
     */
    private static List<PlanNode> candidates(PlanNode node, boolean underLimit, List<PlanNode> out) {
        if (!underLimit || node.actualRows() > node.planRows()) {
            out.add(node);
        }
        boolean limit = underLimit || "Limit".equals(node.nodeType());
        node.children().forEach(c -> candidates(c, limit, out));
        return out;
    }

    private static String condition(PlanNode node) {
        for (String key : List.of("Filter", "Index Cond", "Recheck Cond", "Hash Cond", "Merge Cond", "Join Filter")) {
            if (node.text(key) != null) {
                return node.text(key);
            }
        }
        return null;
    }

    private static String fix(PlanNode node) {
        String table = node.relation() == null ? "the tables involved" : node.relation();
        return "Refresh statistics with `ANALYZE " + table + "`; if the estimate stays off, raise the column's statistics target "
                + "(`ALTER TABLE … ALTER COLUMN … SET STATISTICS 1000`) or, for correlated columns, add extended statistics "
                + "(`CREATE STATISTICS … (dependencies, mcv) ON a, b FROM " + table + "`).";
    }
}
