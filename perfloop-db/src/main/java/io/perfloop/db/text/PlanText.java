package io.perfloop.db.text;

import io.perfloop.db.plan.Plan;
import io.perfloop.db.plan.PlanNode;

import java.util.List;
import java.util.Locale;

/** A PostgreSQL plan as an indented tree, one line per node plus its conditions. */
public final class PlanText {
    private static final List<String> DETAILS = List.of("Index Cond", "Recheck Cond", "Filter", "Hash Cond", "Merge Cond", "Join Filter", "Sort Key");

    private PlanText() {
    }

    /** The tree of {@code plan}, each line prefixed with {@code indent}. */
    public static String render(Plan plan, String indent) {
        StringBuilder out = new StringBuilder();
        node(plan, plan.root(), indent, 0, out);
        return out.toString();
    }

    private static void node(Plan plan, PlanNode n, String indent, int depth, StringBuilder out) {
        String pad = indent + "  ".repeat(depth);
        out.append(pad).append(depth == 0 ? "" : "-> ").append(n.label());
        out.append(String.format(Locale.ROOT, "  (cost %.2f, rows %s", n.totalCost(), count(n.planRows())));
        if (plan.analyzed() && !Double.isNaN(n.actualRows())) {
            out.append(", actual ").append(count(n.actualRows()));
            if (n.loops() > 1) {
                out.append(" × ").append(count(n.loops())).append(" loops");
            }
            double share = plan.executionMillis() > 0 ? n.exclusiveMillis() / plan.executionMillis() : 0;
            out.append(String.format(Locale.ROOT, ", %.2f ms self = %.0f %%", n.exclusiveMillis(), share * 100));
        }
        out.append(")\n");
        String detailPad = pad + (depth == 0 ? "  " : "     ");
        for (String key : DETAILS) {
            Object v = n.properties().get(key);
            if (v != null) {
                out.append(detailPad).append(key).append(": ").append(v instanceof List<?> l ? String.join(", ", l.stream().map(String::valueOf).toList()) : v).append('\n');
            }
        }
        if (n.rowsRemovedByFilter() > 0) {
            out.append(detailPad).append("Rows Removed by Filter: ").append(count(n.rowsRemovedByFilter())).append('\n');
        }
        for (PlanNode child : n.children()) {
            node(plan, child, indent, depth + 1, out);
        }
    }

    static String count(double v) {
        return Double.isNaN(v) ? "?" : String.format(Locale.ROOT, "%,.0f", v);
    }
}
