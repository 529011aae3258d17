package io.perfloop.db.bench;

import io.perfloop.db.advisor.IndexCandidate;
import io.perfloop.db.sql.Atom;
import io.perfloop.db.sql.QueryShape;
import io.perfloop.db.sql.QueryShape.TableRef;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every 1–3 column btree over a table's filtered, joined and sorted columns, in every order, each
 * also with INCLUDE of the other columns the query reads and as a partial index per constant
 * equality: the space the advisor's few candidates are measured against.
 */
final class Exhaustive {
    private Exhaustive() {
    }

    static List<IndexCandidate> candidates(QueryShape shape, TableRef table, Set<String> tableColumns) {
        Set<String> interesting = Baselines.interestingColumns(shape, table, tableColumns);
        Set<String> used = shape.star() ? Set.of() : shape.columnsOf(table, tableColumns);
        List<IndexCandidate> out = new ArrayList<>();
        for (List<String> keys : permutations(new ArrayList<>(interesting), 3)) {
            add(out, table, keys, used, null);
        }
        for (Atom a : shape.conditionsOn(table, tableColumns)) {
            if (a.op() == Atom.Op.EQ && a.isConstant()) {
                String predicate = a.column() + " = " + literal(a.values().get(0));
                List<String> rest = new ArrayList<>(interesting);
                rest.remove(a.column());
                List<List<String>> keySets = rest.isEmpty() ? List.of(List.of(a.column())) : permutations(rest, 3);
                for (List<String> keys : keySets) {
                    add(out, table, keys, used, predicate);
                }
            }
        }
        return out;
    }

    private static void add(List<IndexCandidate> out, TableRef table, List<String> keys, Set<String> used, String predicate) {
        IndexCandidate plain = new IndexCandidate(table.name(), keys, List.of(), predicate);
        out.add(plain);
        List<String> rest = used.stream().filter(c -> !keys.contains(c)).toList();
        if (!rest.isEmpty()) {
            out.add(plain.including(rest));
        }
    }

    static List<List<String>> permutations(List<String> columns, int maxLength) {
        List<List<String>> out = new ArrayList<>();
        extend(new ArrayList<>(), columns, maxLength, out);
        return out;
    }

    private static void extend(List<String> prefix, List<String> columns, int maxLength, List<List<String>> out) {
        if (!prefix.isEmpty()) {
            out.add(List.copyOf(prefix));
        }
        if (prefix.size() == maxLength) {
            return;
        }
        for (String c : columns) {
            if (!prefix.contains(c)) {
                prefix.add(c);
                extend(prefix, columns, maxLength, out);
                prefix.remove(prefix.size() - 1);
            }
        }
    }

    private static String literal(Object v) {
        return v instanceof BigDecimal b ? b.toPlainString() : "'" + v.toString().replace("'", "''") + "'";
    }

    static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new LinkedHashSet<>(a);
        out.addAll(b);
        return out;
    }
}
