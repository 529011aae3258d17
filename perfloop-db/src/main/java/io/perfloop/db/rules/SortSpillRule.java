package io.perfloop.db.rules;

import io.perfloop.core.finding.Finding;
import io.perfloop.core.finding.RuleConfig;
import io.perfloop.core.finding.RuleSpec;
import io.perfloop.core.finding.Severity;
import io.perfloop.db.plan.PlanNode;

import java.util.ArrayList;
import java.util.List;

/**
 * A sort that did not fit in {@code work_mem} and spilled to disk (external merge).
 */
@RuleSpec(id = "sort-spill", summary = "A sort spilled to disk because it did not fit in work_mem",
        severity = Severity.WARNING, tags = {"sql", "postgresql", "memory"})
public final class SortSpillRule extends PlanRule {
    @Override
    public List<Finding> check(PlanEvidence e, RuleConfig config) {
        List<Finding> out = new ArrayList<>();
        for (PlanNode node : e.plan().nodes()) {
            boolean disk = "Disk".equals(node.text("Sort Space Type")) || String.valueOf(node.text("Sort Method")).startsWith("external");
            if (node.nodeType() != null && node.nodeType().contains("Sort") && disk) {
                double kb = node.number("Sort Space Used");
                out.add(PlanFindings.of(this, e, node, "Sort on " + String.join(", ", node.list("Sort Key")) + " spilled "
                                + PlanFindings.rows(kb) + " kB to disk",
                        PlanFindings.facts("sort method", node.text("Sort Method"), "disk used", PlanFindings.rows(kb) + " kB",
                                "sort key", String.join(", ", node.list("Sort Key"))),
                        "Serve the ORDER BY from an index on the sort key (then no sort is needed, especially with LIMIT), sort fewer "
                                + "rows, or raise work_mem for this query only (`SET LOCAL work_mem = '"
                                + Math.max(8, (long) Math.ceil(kb * 3 / 1024)) + "MB'` in its transaction)."));
            }
        }
        return out;
    }
}
