package io.perfloop.db.rules;

import io.perfloop.core.finding.Finding;
import io.perfloop.core.finding.RuleConfig;
import io.perfloop.core.finding.RuleSpec;
import io.perfloop.core.finding.Severity;
import io.perfloop.db.plan.PlanNode;

import java.util.ArrayList;
import java.util.List;

/**
 * A hash join or hash aggregate that did not fit in {@code work_mem × hash_mem_multiplier} and
 * was split into batches written to disk.
 */
@RuleSpec(id = "hash-spill", summary = "A hash join or aggregate spilled to disk in several batches",
        severity = Severity.WARNING, tags = {"sql", "postgresql", "memory"})
public final class HashSpillRule extends PlanRule {
    @Override
    public List<Finding> check(PlanEvidence e, RuleConfig config) {
        List<Finding> out = new ArrayList<>();
        for (PlanNode node : e.plan().nodes()) {
            double batches = "Hash".equals(node.nodeType()) ? node.number("Hash Batches") : node.number("HashAgg Batches");
            if (batches > 1) {
                double disk = node.number("Disk Usage");
                out.add(PlanFindings.of(this, e, node, node.label() + " ran in " + PlanFindings.rows(batches) + " batches on disk",
                        PlanFindings.facts("batches", PlanFindings.rows(batches),
                                "original batches", Double.isNaN(node.number("Original Hash Batches")) ? null : PlanFindings.rows(node.number("Original Hash Batches")),
                                "peak memory", Double.isNaN(node.number("Peak Memory Usage")) ? null : PlanFindings.rows(node.number("Peak Memory Usage")) + " kB",
                                "disk used", Double.isNaN(disk) ? null : PlanFindings.rows(disk) + " kB"),
                        "Give the hash more memory for this query (`SET LOCAL work_mem = …` or `hash_mem_multiplier`), hash the smaller "
                                + "input (filter it earlier), or join through an index instead."));
            }
        }
        return out;
    }
}
