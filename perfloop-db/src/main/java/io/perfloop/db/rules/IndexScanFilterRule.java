package io.perfloop.db.rules;

import io.perfloop.core.finding.Finding;
import io.perfloop.core.finding.RuleConfig;
import io.perfloop.core.finding.RuleSpec;
import io.perfloop.core.finding.Severity;
import io.perfloop.db.plan.PlanNode;

import java.util.ArrayList;
import java.util.List;

/**
 * An index scan that reads many rows through the index only to discard most of them by a
 * filter (or by a recheck): the index serves part of the condition, the rest is checked row by
 * row on the heap.
 *
 * <p>Settings: {@code index-scan-filter.min-removed} (default 1000 rows),
 * {@code index-scan-filter.min-removed-percent} (default 50).
 */
@RuleSpec(id = "index-scan-filter", summary = "An index scan discards most of the rows it fetched by filter or recheck",
        severity = Severity.WARNING, tags = {"sql", "postgresql", "index"})
public final class IndexScanFilterRule extends PlanRule {
    static final String ID = "index-scan-filter";

    @Override
    public List<Finding> check(PlanEvidence e, RuleConfig config) {
        if (!e.plan().analyzed()) {
            return List.of();
        }
        int minRemoved = config.intValue(ID, "min-removed", 1000);
        double minShare = config.intValue(ID, "min-removed-percent", 50) / 100.0;
        List<Finding> out = new ArrayList<>();
        for (PlanNode node : e.plan().nodes()) {
            String type = node.nodeType();
            if (!"Index Scan".equals(type) && !"Index Only Scan".equals(type) && !"Bitmap Heap Scan".equals(type)) {
                continue;
            }
            double recheck = node.number("Rows Removed by Index Recheck");
            double removed = node.rowsRemovedByFilter() + (Double.isNaN(recheck) ? 0 : recheck * node.loops());
            double read = removed + node.totalActualRows();
            if (removed >= minRemoved && removed / read > minShare) {
                String filter = node.text("Filter") != null ? node.text("Filter") : node.text("Recheck Cond");
                out.add(PlanFindings.of(this, e, node,
                        node.label() + " fetches " + PlanFindings.rows(read) + " rows and discards " + PlanFindings.rows(removed),
                        PlanFindings.facts("index condition", node.text("Index Cond") != null ? node.text("Index Cond") : node.text("Recheck Cond"),
                                "filter", node.text("Filter"), "rows discarded", PlanFindings.rows(removed),
                                "discarded share", PlanFindings.percent(removed / read)),
                        "Extend the index so it covers the filter `" + filter + "` too (its equality columns before range columns), "
                                + "or, when the filter is a constant condition, make it a partial index (`… WHERE <condition>`)."));
            }
        }
        return out;
    }
}
