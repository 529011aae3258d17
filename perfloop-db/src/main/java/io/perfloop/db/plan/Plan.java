package io.perfloop.db.plan;

import java.util.List;

/**
 * A whole PostgreSQL plan.
 *
 * @param root             the top node
 * @param analyzed         whether it came from {@code EXPLAIN ANALYZE} (actual rows and times present)
 * @param generic          whether it is the generic plan of a parameterised statement
 * @param planningMillis   planning time, NaN when not reported
 * @param executionMillis  execution time (ANALYZE only), NaN otherwise
 * @param json             the plan as the server printed it
 */
public record Plan(PlanNode root, boolean analyzed, boolean generic, double planningMillis, double executionMillis, String json) {

    /** Every node, depth first. */
    public List<PlanNode> nodes() {
        return root.walk().toList();
    }

    /** The planner's total cost estimate for the whole statement. */
    public double totalCost() {
        return root.totalCost();
    }

    /**
     * The plan's shape, ignoring costs and row counts: node types, relations and indexes in
     * order, e.g. {@code Limit(Index Scan using orders_created_idx on orders)}. Two plans with the
     * same shape run the same way.
     */
    public String shape() {
        StringBuilder b = new StringBuilder();
        shape(root, b);
        return b.toString();
    }

    /**
     * How each table is read, in plan order, ignoring costs and rows: {@code Index Scan using x on t}.
     * Two plans with the same access paths read the data the same way.
     */
    public List<String> accessPaths() {
        return root.walk().filter(n -> n.relation() != null).map(PlanNode::label).toList();
    }

    private static void shape(PlanNode node, StringBuilder b) {
        b.append(node.label());
        if (!node.children().isEmpty()) {
            b.append('(');
            for (int i = 0; i < node.children().size(); i++) {
                if (i > 0) {
                    b.append(", ");
                }
                shape(node.children().get(i), b);
            }
            b.append(')');
        }
    }
}
