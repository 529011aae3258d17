package io.perfloop.db.rules;

import io.perfloop.core.finding.Finding;
import io.perfloop.core.finding.RuleConfig;
import io.perfloop.core.finding.RuleSpec;
import io.perfloop.core.finding.Severity;
import io.perfloop.db.plan.PlanNode;

import java.util.ArrayList;
import java.util.List;

/**
 * A bitmap heap scan whose bitmap became lossy (page granularity, not row) because it outgrew
 * {@code work_mem}: every row of those pages is rechecked.
 */
@RuleSpec(id = "lossy-bitmap", summary = "A bitmap heap scan went lossy and rechecked whole pages",
        severity = Severity.WARNING, tags = {"sql", "postgresql", "memory"})
public final class LossyBitmapRule extends PlanRule {
    @Override
    public List<Finding> check(PlanEvidence e, RuleConfig config) {
        List<Finding> out = new ArrayList<>();
        for (PlanNode node : e.plan().nodes()) {
            double lossy = node.number("Lossy Heap Blocks");
            if ("Bitmap Heap Scan".equals(node.nodeType()) && lossy > 0) {
                double recheck = node.number("Rows Removed by Index Recheck");
                out.add(PlanFindings.of(this, e, node, node.label() + " had " + PlanFindings.rows(lossy) + " lossy heap blocks",
                        PlanFindings.facts("lossy heap blocks", PlanFindings.rows(lossy), "exact heap blocks", PlanFindings.rows(node.number("Exact Heap Blocks")),
                                "rows removed by recheck", Double.isNaN(recheck) ? null : PlanFindings.rows(recheck)),
                        "Raise work_mem for this query (`SET LOCAL work_mem = …`) so the bitmap stays exact, or make the condition "
                                + "more selective / index it better so the bitmap has fewer pages."));
            }
        }
        return out;
    }
}
