package io.perfloop.db.advisor;

import io.perfloop.db.sql.Atom;
import io.perfloop.db.sql.Atom.Op;
import io.perfloop.db.sql.QueryShape;
import io.perfloop.db.sql.QueryShape.OrderKey;
import io.perfloop.db.sql.QueryShape.TableRef;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The advisor's few candidates for one table, built the way a DBA would: equality columns first
 * (most selective first, from {@code pg_stats}), then the range column, then the ORDER BY
 * columns (and the ORDER BY before the range, which serves ORDER BY … LIMIT without a sort);
 * a partial index for a rare constant of a skewed column; {@code INCLUDE} of the other columns
 * the query reads so an index-only scan becomes possible. A handful of candidates, each costed
 * by the planner, instead of every permutation.
 */
final class CandidateGenerator {
    private static final Pattern PLAIN_IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_$]*");
    private static final int MAX_KEYS = 4;

    private final int maxInclude;
    private final double skewTopShare;
    private final double rareValueShare;

    CandidateGenerator(int maxInclude, double skewTopShare, double rareValueShare) {
        this.maxInclude = maxInclude;
        this.skewTopShare = skewTopShare;
        this.rareValueShare = rareValueShare;
    }

    /** Candidates for {@code table}, each with the reason for its shape. */
    Map<IndexCandidate, String> candidates(QueryShape shape, TableRef table, TableStats stats) {
        List<Atom> own = shape.conditionsOn(table, stats.columnNames());
        List<Atom> equalities = new ArrayList<>(own.stream().filter(a -> a.isEquality() || a.op() == Op.IS_TRUE || a.op() == Op.IS_FALSE).toList());
        equalities.sort(Comparator.comparingDouble(a -> selectivity(a, stats)));
        List<String> eq = distinct(equalities.stream().map(Atom::column).toList());
        Map<IndexCandidate, String> out = new LinkedHashMap<>();
        // as the inner side of a nested loop the table is looked up by its join columns first
        List<String> joins = distinct(joinColumns(shape, table, stats).stream().map(Atom::column).filter(c -> !eq.contains(c)).toList());
        if (!joins.isEmpty()) {
            add(out, table, concat(joins, eq), shape.star() ? Set.of() : shape.columnsOf(table, stats.columnNames()),
                    "join on " + String.join(", ", joins) + (eq.isEmpty() ? "" : ", then equality on " + String.join(", ", eq))
                            + " (looked up once per outer row)");
        }
        List<String> range = own.stream().filter(a -> a.op().isRange() && a.op() != Op.LIKE && !a.isJoin()).map(Atom::column)
                .filter(c -> !eq.contains(c)).distinct().limit(1).toList();
        List<String> order = orderColumns(shape, table, stats, eq);
        Set<String> used = shape.star() ? Set.of() : shape.columnsOf(table, stats.columnNames());

        String eqWhy = eq.isEmpty() ? "" : "equality on " + String.join(", ", eq) + " (most selective first)";
        add(out, table, concat(eq, range), used, join(eqWhy, range.isEmpty() ? "" : (eq.isEmpty() ? "the range on " : "then the range on ") + range.get(0)));
        if (!order.isEmpty()) {
            add(out, table, concat(eq, order, range), used, join(eqWhy, (eq.isEmpty() ? "the ORDER BY " : "then the ORDER BY ") + String.join(", ", order)
                    + (shape.limited() ? " so LIMIT stops early without a sort" : " so no sort is needed")));
            if (!range.isEmpty()) {
                add(out, table, concat(eq, range, order), used, join(eqWhy, (eq.isEmpty() ? "the range on " : "then the range on ") + range.get(0) + ", then the ORDER BY"));
            }
        }
        if (!eq.isEmpty() && (!range.isEmpty() || !order.isEmpty())) {
            add(out, table, eq, used, eqWhy);
        }
        for (Atom rare : rareConstants(own, stats)) {
            List<String> rest = concat(eq.stream().filter(c -> !c.equals(rare.column())).toList(), order, range);
            if (rest.isEmpty()) {
                rest = List.of(ident(rare.column()));
            }
            String predicate = predicate(rare);
            String why = "partial: " + predicate + " matches only " + percent(selectivity(rare, stats)) + " of the rows of a skewed column";
            add(out, table, rest, used, predicate, why);
        }
        return out;
    }

    private void add(Map<IndexCandidate, String> out, TableRef table, List<String> keys, Set<String> used, String why) {
        add(out, table, keys, used, null, why);
    }

    private void add(Map<IndexCandidate, String> out, TableRef table, List<String> keys, Set<String> used, String predicate, String why) {
        if (keys.isEmpty()) {
            return;
        }
        List<String> key = keys.size() > MAX_KEYS ? keys.subList(0, MAX_KEYS) : keys;
        IndexCandidate plain = new IndexCandidate(table.name(), key.stream().map(CandidateGenerator::ident).toList(), List.of(), predicate);
        out.putIfAbsent(plain, why);
        List<String> rest = new ArrayList<>();
        for (String c : used) {
            // a partial index's own column needs no payload: its value is fixed by the predicate
            boolean fixed = predicate != null && predicate.startsWith(ident(c) + " ");
            if (!key.contains(c) && !key.contains(c + " DESC") && !fixed) {
                rest.add(ident(c));
            }
        }
        if (!rest.isEmpty() && rest.size() <= maxInclude) {
            out.putIfAbsent(plain.including(rest), join(why, "INCLUDE " + String.join(", ", rest) + " for an index-only scan"));
        }
    }

    /** Columns of this table joined to another table: equality lookups when this table is the inner side. */
    private static List<Atom> joinColumns(QueryShape shape, TableRef table, TableStats stats) {
        List<Atom> out = new ArrayList<>();
        for (Atom a : shape.conditions()) {
            if (!a.isJoin() || a.op() != Op.EQ) {
                continue;
            }
            Atom.ColumnRef other = (Atom.ColumnRef) a.values().get(0);
            boolean left = shape.belongsTo(a.qualifier(), a.column(), table, stats.columnNames());
            boolean right = shape.belongsTo(other.qualifier(), other.column(), table, stats.columnNames());
            if (left != right) {
                String column = left ? a.column() : other.column();
                out.add(new Atom(null, column, Op.EQ, List.of(Atom.PARAMETER), a.text()));
            }
        }
        return out;
    }

    private static List<String> orderColumns(QueryShape shape, TableRef table, TableStats stats, List<String> eq) {
        List<String> out = new ArrayList<>();
        boolean mixed = shape.orderBy().stream().map(OrderKey::descending).distinct().count() > 1;
        for (OrderKey k : shape.orderBy()) {
            if (!shape.belongsTo(k.qualifier(), k.column(), table, stats.columnNames())) {
                return List.of();
            }
            if (!eq.contains(k.column())) {
                out.add(mixed && k.descending() ? k.column() + " DESC" : k.column());
            }
        }
        return out;
    }

    private List<Atom> rareConstants(List<Atom> own, TableStats stats) {
        return own.stream()
                .filter(a -> (a.isEquality() && a.isConstant()) || a.op() == Op.IS_TRUE || a.op() == Op.IS_FALSE)
                .filter(a -> stats.column(a.column()).skewed(skewTopShare) && selectivity(a, stats) <= rareValueShare)
                .toList();
    }

    static double selectivity(Atom a, TableStats stats) {
        ColumnStats c = stats.column(a.column());
        if (a.op() == Op.IS_TRUE || a.op() == Op.IS_FALSE) {
            return c.equalitySelectivity(a.op() == Op.IS_TRUE ? "t" : "f");
        }
        double total = 0;
        for (Object v : a.values()) {
            total += c.equalitySelectivity(v == Atom.PARAMETER ? null : v.toString());
        }
        return Math.min(1, total);
    }

    /** The rare constant as a partial-index predicate, e.g. {@code status = 'pending'}. */
    static String predicate(Atom a) {
        if (a.op() == Op.IS_TRUE) {
            return ident(a.column());
        }
        if (a.op() == Op.IS_FALSE) {
            return "NOT " + ident(a.column());
        }
        List<String> literals = a.values().stream().map(CandidateGenerator::literal).toList();
        return a.op() == Op.EQ ? ident(a.column()) + " = " + literals.get(0) : ident(a.column()) + " IN (" + String.join(", ", literals) + ")";
    }

    private static String literal(Object v) {
        return v instanceof BigDecimal b ? b.toPlainString() : "'" + v.toString().replace("'", "''") + "'";
    }

    /** A column name as SQL: bare when it is a plain lower-case identifier, quoted otherwise. */
    static String ident(String column) {
        if (column.endsWith(" DESC")) {
            return ident(column.substring(0, column.length() - 5)) + " DESC";
        }
        return PLAIN_IDENTIFIER.matcher(column).matches() ? column : "\"" + column.replace("\"", "\"\"") + "\"";
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        Set<String> out = new LinkedHashSet<>();
        for (List<String> p : parts) {
            out.addAll(p);
        }
        return List.copyOf(out);
    }

    private static List<String> distinct(List<String> columns) {
        return List.copyOf(new LinkedHashSet<>(columns));
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + "; " + b;
    }

    private static String percent(double share) {
        return String.format(java.util.Locale.ROOT, "%.2f %%", share * 100);
    }
}
