package io.perfloop.db.bench;

import io.perfloop.db.advisor.HypoPg;
import io.perfloop.db.advisor.IndexCandidate;
import io.perfloop.db.advisor.WhatIf;
import io.perfloop.db.sql.Atom;
import io.perfloop.db.sql.QueryShape;
import io.perfloop.db.sql.QueryShape.OrderKey;
import io.perfloop.db.sql.QueryShape.TableRef;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The exhaustive best and a Dexter-style baseline, both costed with hypopg. */
final class Baselines {
    private Baselines() {
    }

    /** A set of indexes and the statement's cost with them. */
    record Outcome(List<IndexCandidate> indexes, double cost, int evaluations) {
    }

    /** Columns a btree can use for this table: filtered (constant or join) and ORDER BY / GROUP BY columns. */
    static Set<String> interestingColumns(QueryShape shape, TableRef table, Set<String> tableColumns) {
        Set<String> out = new LinkedHashSet<>();
        for (Atom a : shape.conditions()) {
            if (a.column() != null && a.op() != Atom.Op.OTHER && shape.belongsTo(a.qualifier(), a.column(), table, tableColumns)) {
                out.add(a.column());
            }
            if (a.isJoin()) {
                Atom.ColumnRef other = (Atom.ColumnRef) a.values().get(0);
                if (shape.belongsTo(other.qualifier(), other.column(), table, tableColumns)) {
                    out.add(other.column());
                }
            }
        }
        for (OrderKey k : shape.orderBy()) {
            if (shape.belongsTo(k.qualifier(), k.column(), table, tableColumns)) {
                out.add(k.column());
            }
        }
        return out;
    }

    /**
     * The best set reachable with one candidate per table from the exhaustive space: single
     * tables directly; for joins every pair of candidates from two tables as well.
     */
    static Outcome exhaustive(Connection c, HypoPg hypo, WhatIf.QueryPlanner planner, Map<TableRef, List<IndexCandidate>> perTable,
                              double before) throws SQLException {
        List<IndexCandidate> bestSet = List.of();
        double best = before;
        int evaluations = 0;
        List<TableRef> tables = new ArrayList<>(perTable.keySet());
        for (TableRef t : tables) {
            for (IndexCandidate i : perTable.get(t)) {
                double cost = hypo.evaluate(c, planner, List.of(i)).plan().totalCost();
                evaluations++;
                if (cost < best) {
                    best = cost;
                    bestSet = List.of(i);
                }
            }
        }
        for (int a = 0; a < tables.size(); a++) {
            for (int b = a + 1; b < tables.size(); b++) {
                for (IndexCandidate i : perTable.get(tables.get(a))) {
                    for (IndexCandidate j : perTable.get(tables.get(b))) {
                        double cost = hypo.evaluate(c, planner, List.of(i, j)).plan().totalCost();
                        evaluations++;
                        if (cost < best) {
                            best = cost;
                            bestSet = List.of(i, j);
                        }
                    }
                }
            }
        }
        return new Outcome(bestSet, best, evaluations);
    }

    /**
     * Dexter's method as its documentation describes it: hypothetical btrees on every single
     * interesting column, then on every ordered 2-column permutation as well, all at once; the
     * indexes the planner then picks are the suggestion, kept only when the cost drops by at
     * least 50 %. No INCLUDE, no partial indexes, at most 2 columns.
     */
    static Outcome dexter(Connection c, HypoPg hypo, WhatIf.QueryPlanner planner, QueryShape shape,
                          Map<TableRef, Set<String>> columns, double before) throws SQLException {
        List<IndexCandidate> all = new ArrayList<>();
        for (Map.Entry<TableRef, Set<String>> t : columns.entrySet()) {
            for (List<String> keys : Exhaustive.permutations(new ArrayList<>(interestingColumns(shape, t.getKey(), t.getValue())), 2)) {
                all.add(new IndexCandidate(t.getKey().name(), keys, List.of(), null));
            }
        }
        if (all.isEmpty()) {
            return new Outcome(List.of(), before, 0);
        }
        WhatIf.Evaluation e = hypo.evaluate(c, planner, all);
        List<IndexCandidate> picked = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (!e.scanOf(i).isEmpty()) {
                picked.add(all.get(i));
            }
        }
        if (picked.isEmpty()) {
            return new Outcome(List.of(), before, 1);
        }
        double cost = hypo.evaluate(c, planner, picked).plan().totalCost();
        return cost <= before * 0.5 ? new Outcome(picked, cost, 2) : new Outcome(List.of(), before, 2);
    }
}
