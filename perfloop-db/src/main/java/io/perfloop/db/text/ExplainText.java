package io.perfloop.db.text;

import io.perfloop.core.report.FindingText;
import io.perfloop.db.explain.ExplainReport;
import io.perfloop.db.mysql.MySqlTable;
import io.perfloop.db.plan.Plan;

import java.util.Locale;

/** {@code perfloop explain}'s output: the plans, the findings with fixes, the index advice, the notes. */
public final class ExplainText {
    private ExplainText() {
    }

    /** The whole report. */
    public static String render(ExplainReport r) {
        StringBuilder out = new StringBuilder();
        out.append("Database: ").append(r.database()).append('\n');
        out.append("Statement: ").append(r.sql().replaceAll("\\s+", " ")).append('\n');
        out.append(r.executed() ? "Executed: yes, by " + (r.mysqlPlan() != null ? "ANALYZE FORMAT=JSON" : "EXPLAIN ANALYZE")
                + " in a read-only transaction that was rolled back\n"
                : "Executed: no (plain EXPLAIN)\n");
        if (r.plan() != null) {
            out.append('\n').append(title("Plan", r.plan())).append(PlanText.render(r.plan(), "  "));
        }
        if (r.genericPlan() != null) {
            out.append('\n').append(title("Generic plan (as a server-side prepared statement runs it)", r.genericPlan()));
            if (r.plan() != null && !r.plansDiffer()) {
                out.append("  reads the tables the same way as the plan above\n");
            } else {
                out.append(PlanText.render(r.genericPlan(), "  "));
            }
        }
        if (r.mysqlPlan() != null) {
            out.append('\n').append(r.mysqlPlan().analyzed() ? "Plan (ANALYZE FORMAT=JSON):\n" : "Plan (EXPLAIN FORMAT=JSON):\n");
            for (MySqlTable t : r.mysqlPlan().tables()) {
                out.append(String.format(Locale.ROOT, "  %-20s access %-7s key %-20s rows %s%s, kept %.1f %%%s%s%n", t.name(), t.accessType(),
                        t.key() == null ? "(none)" : t.key(), PlanText.count(t.rowsExamined()), Double.isNaN(t.actualRows()) ? " (est.)" : "",
                        t.keptShare() * 100, t.sorted() ? ", filesort" : "", t.temporary() ? ", temporary table" : ""));
            }
        }
        out.append('\n');
        if (r.findings().isEmpty()) {
            out.append("Findings: none\n");
        } else {
            out.append("Findings:\n");
            r.findings().forEach(f -> out.append(FindingText.render(f)));
        }
        if (r.advice() != null) {
            out.append('\n').append(AdviceText.render(r.advice()));
        }
        if (!r.notes().isEmpty()) {
            out.append('\n');
            r.notes().forEach(n -> out.append("note: ").append(n).append('\n'));
        }
        return out.toString();
    }

    private static String title(String what, Plan plan) {
        StringBuilder b = new StringBuilder(what).append(String.format(Locale.ROOT, " — estimated cost %.2f", plan.totalCost()));
        if (plan.analyzed()) {
            b.append(String.format(Locale.ROOT, ", executed in %.2f ms (planning %.2f ms)", plan.executionMillis(), plan.planningMillis()));
        }
        return b.append(":\n").toString();
    }
}
