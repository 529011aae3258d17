package io.perfloop.db.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One node of a PostgreSQL plan, as {@code EXPLAIN (FORMAT JSON)} printed it: the node's own
 * properties (keyed by PostgreSQL's names, e.g. {@code "Rows Removed by Filter"}) and its children.
 * Accessors return {@code NaN} / {@code null} for what the plan does not say (e.g. actual rows
 * without ANALYZE).
 *
 * @param properties every property except {@code Plans}
 * @param children   the child nodes, in plan order
 * @param parallel   whether it runs in parallel workers below a Gather (then its times are per
 *                   process averages and its loops count the processes)
 */
public record PlanNode(Map<String, Object> properties, List<PlanNode> children, boolean parallel) {
    public PlanNode {
        properties = Map.copyOf(properties);
        children = List.copyOf(children);
    }

    /** E.g. {@code Seq Scan}, {@code Index Only Scan}, {@code Hash Join}. */
    public String nodeType() {
        return text("Node Type");
    }

    /** The table scanned, or {@code null}. */
    public String relation() {
        return text("Relation Name");
    }

    /** The index used, or {@code null}. */
    public String indexName() {
        return text("Index Name");
    }

    /** The alias the query gave the table, or {@code null}. */
    public String alias() {
        return text("Alias");
    }

    /** A text property, or {@code null}. */
    public String text(String key) {
        Object v = properties.get(key);
        return v == null ? null : v.toString();
    }

    /** A numeric property, or {@code NaN}. */
    public double number(String key) {
        return properties.get(key) instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /** A list property (e.g. {@code Sort Key}), empty when absent. */
    public List<String> list(String key) {
        return properties.get(key) instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
    }

    /** The planner's total cost estimate. */
    public double totalCost() {
        return number("Total Cost");
    }

    /** Rows the planner expected per loop. */
    public double planRows() {
        return number("Plan Rows");
    }

    /** Rows produced per loop (ANALYZE only). */
    public double actualRows() {
        return number("Actual Rows");
    }

    /** How many times the node ran (ANALYZE only); 1 when unknown. */
    public double loops() {
        double loops = number("Actual Loops");
        return Double.isNaN(loops) ? 1 : loops;
    }

    /** Rows produced over all loops. */
    public double totalActualRows() {
        return actualRows() * loops();
    }

    /** Rows the node read and threw away by its filter, over all loops; 0 when none. */
    public double rowsRemovedByFilter() {
        double v = number("Rows Removed by Filter");
        return Double.isNaN(v) ? 0 : v * loops();
    }

    /**
     * Inclusive wall time over all loops in milliseconds (ANALYZE only). Parallel workers run at
     * the same time, so below a Gather the per-process average is the wall time.
     */
    public double inclusiveMillis() {
        return parallel ? number("Actual Total Time") : number("Actual Total Time") * loops();
    }

    /** Time spent in this node alone: inclusive time minus its children's, never negative. */
    public double exclusiveMillis() {
        double own = inclusiveMillis();
        for (PlanNode child : children) {
            double c = child.inclusiveMillis();
            if (!Double.isNaN(c)) {
                own -= c;
            }
        }
        return Math.max(0, own);
    }

    /** This node and all below it, depth first. */
    public Stream<PlanNode> walk() {
        List<PlanNode> all = new ArrayList<>();
        collect(this, all);
        return all.stream();
    }

    private static void collect(PlanNode node, List<PlanNode> into) {
        into.add(node);
        node.children.forEach(c -> collect(c, into));
    }

    /** A one-line label: {@code Seq Scan on orders o} / {@code Index Scan using orders_pkey on orders}. */
    public String label() {
        StringBuilder b = new StringBuilder(nodeType() == null ? "?" : nodeType());
        if (indexName() != null) {
            b.append(" using ").append(indexName());
        }
        if (relation() != null) {
            b.append(" on ").append(relation());
            if (alias() != null && !alias().equals(relation())) {
                b.append(' ').append(alias());
            }
        }
        return b.toString();
    }
}
