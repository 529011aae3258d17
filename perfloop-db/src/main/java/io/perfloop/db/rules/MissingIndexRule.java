package io.perfloop.db.rules;

import io.perfloop.core.finding.Finding;
import io.perfloop.core.finding.RuleConfig;
import io.perfloop.core.finding.RuleSpec;
import io.perfloop.core.finding.Severity;
import io.perfloop.db.advisor.IndexAdvice;
import io.perfloop.db.plan.PlanNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A sequential scan of a large table that throws away almost every row it reads: the filter is
 * selective, so an index would read only the rows kept. With ANALYZE the share comes from
 * {@code Rows Removed by Filter}; without it, from the planner's estimate against the table size.
 *
 * <p>Settings: {@code missing-index.min-rows} (default 10000 rows read),
 * {@code missing-index.min-removed-percent} (default 90).
 */
@RuleSpec(id = "missing-index", summary = "A sequential scan of a large table discards most rows by filter; an index would read only the rest",
        severity = Severity.ERROR, tags = {"sql", "postgresql", "index"})
public final class MissingIndexRule extends PlanRule {
    static final String ID = "missing-index";

    @Override
    public List<Finding> check(PlanEvidence e, RuleConfig config) {
        int minRows = config.intValue(ID, "min-rows", 10_000);
        double minRemoved = config.intValue(ID, "min-removed-percent", 90) / 100.0;
        List<Finding> findings = new ArrayList<>();
        for (PlanNode node : e.plan().nodes()) {
            if (!"Seq Scan".equals(node.nodeType()) || node.text("Filter") == null) {
                continue;
            }
            double read;
            double kept;
            if (e.plan().analyzed()) {
                kept = node.totalActualRows();
                read = kept + node.rowsRemovedByFilter();
            } else {
                read = e.rowsOf(node.relation());
                kept = node.planRows();
            }
            if (read < minRows || read <= 0) {
                continue;
            }
            double removed = 1 - kept / read;
            if (removed > minRemoved) {
                findings.add(finding(e, node, read, kept, removed));
            }
        }
        return findings;
    }

    private Finding finding(PlanEvidence e, PlanNode node, double read, double kept, double removed) {
        Optional<IndexAdvice> advice = e.advice().stream().filter(a -> sameTable(a.index().table(), node.relation())).findFirst();
        String title = "Sequential scan of " + node.relation() + " reads " + PlanFindings.rows(read) + " rows to keep "
                + PlanFindings.rows(kept) + " (" + PlanFindings.percent(removed) + " discarded)";
        String fix = advice.map(MissingIndexRule::fix).orElse("Index the columns of the filter `" + node.text("Filter")
                + "` (equality columns first, then range columns); run `perfloop explain` with hypopg installed, or with "
                + "--allow-trial-index, to get a verified index.");
        return PlanFindings.of(this, e, node, title, PlanFindings.facts("filter", node.text("Filter"),
                "rows read", PlanFindings.rows(read), "rows kept", PlanFindings.rows(kept),
                e.plan().analyzed() ? "measured" : "estimated", e.plan().analyzed() ? "EXPLAIN ANALYZE" : "planner estimate (no ANALYZE)"), fix);
    }

    private static String fix(IndexAdvice a) {
        if (Double.isNaN(a.costAfter())) {
            return a.index().ddl() + " (unverified: install hypopg, or pass --allow-trial-index, to have it costed first)";
        }
        return a.index().ddl() + String.format(Locale.ROOT, " (estimated cost %.0f → %.0f, %s; verified with %s)", a.costBefore(), a.costAfter(),
                a.scanAfter(), a.verification() == io.perfloop.db.advisor.Verification.HYPOPG ? "hypopg" : "a rolled-back trial index");
    }

    static boolean sameTable(String written, String relation) {
        if (written == null || relation == null) {
            return false;
        }
        String bare = written.contains(".") ? written.substring(written.lastIndexOf('.') + 1) : written;
        return bare.replace("\"", "").equalsIgnoreCase(relation);
    }
}
