package io.perfloop.db.rules;

import io.perfloop.core.finding.Finding;
import io.perfloop.core.finding.RuleConfig;
import io.perfloop.core.finding.RuleSpec;
import io.perfloop.core.finding.Severity;
import io.perfloop.db.plan.PlanNode;

import java.util.ArrayList;
import java.util.List;

/**
 * An index-only scan that still visits the heap for many rows: the visibility map is out of date
 * (the table changed since the last VACUUM), so "index only" is not.
 *
 * <p>Settings: {@code heap-fetches.min-fetches} (default 1000),
 * {@code heap-fetches.min-percent} (default 10, of the rows returned).
 */
@RuleSpec(id = "heap-fetches", summary = "An index-only scan visits the heap for many rows because the visibility map is stale",
        severity = Severity.WARNING, tags = {"sql", "postgresql", "vacuum"})
public final class HeapFetchesRule extends PlanRule {
    static final String ID = "heap-fetches";

    @Override
    public List<Finding> check(PlanEvidence e, RuleConfig config) {
        int minFetches = config.intValue(ID, "min-fetches", 1000);
        double minShare = config.intValue(ID, "min-percent", 10) / 100.0;
        List<Finding> out = new ArrayList<>();
        for (PlanNode node : e.plan().nodes()) {
            double fetches = node.number("Heap Fetches") * node.loops();
            double rows = Math.max(1, node.totalActualRows());
            if ("Index Only Scan".equals(node.nodeType()) && fetches >= minFetches && fetches / rows >= minShare) {
                out.add(PlanFindings.of(this, e, node,
                        node.label() + " fetched " + PlanFindings.rows(fetches) + " heap rows for " + PlanFindings.rows(rows) + " returned",
                        PlanFindings.facts("heap fetches", PlanFindings.rows(fetches), "rows returned", PlanFindings.rows(rows)),
                        "Run `VACUUM " + node.relation() + "` to refresh the visibility map; for a table that is written often, let "
                                + "autovacuum visit it sooner (`ALTER TABLE " + node.relation()
                                + " SET (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02)`)."));
            }
        }
        return out;
    }
}
