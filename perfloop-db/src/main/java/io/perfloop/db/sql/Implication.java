package io.perfloop.db.sql;

import io.perfloop.db.sql.Atom.Op;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Decides, conservatively, whether a query's WHERE implies a partial index's predicate, the way
 * PostgreSQL's {@code predicate_implied_by} must before the planner may use the index. "Not
 * implied" here can be a false alarm only for conditions perfloop does not model (then it says
 * so); it never claims an implication PostgreSQL would not see.
 */
public final class Implication {
    private Implication() {
    }

    /** Why a predicate conjunct is not implied, or {@code null} when it is. */
    public static String whyNot(List<Atom> where, Atom required) {
        if (required.op() == Op.OTHER) {
            boolean same = where.stream().anyMatch(w -> normalise(w.text()).equals(normalise(required.text())));
            return same ? null : "the query has no condition `" + required.text() + "`";
        }
        List<Atom> onColumn = where.stream().filter(w -> Objects.equals(w.column(), required.column())).toList();
        if (onColumn.isEmpty()) {
            return "the query does not filter " + required.column();
        }
        for (Atom w : onColumn) {
            if (implies(w, required)) {
                return null;
            }
        }
        for (Atom w : onColumn) {
            if (w.hasParameter()) {
                return "the query compares " + required.column() + " with a bind parameter (`" + w.text()
                        + "`), so the plan cannot assume `" + required.text() + "` (a generic plan never can)";
            }
        }
        return "`" + onColumn.get(0).text() + "` does not imply `" + required.text() + "`";
    }

    /** Whether {@code w} alone implies {@code p} (same column). */
    static boolean implies(Atom w, Atom p) {
        if (!w.isConstant() && w.op() != Op.IS_NULL && w.op() != Op.IS_TRUE && w.op() != Op.IS_FALSE) {
            // a parameter's value is unknown when planning; only IS NOT NULL follows from any strict comparison
            return p.op() == Op.IS_NOT_NULL && w.op() != Op.OTHER && w.op() != Op.IS_NULL && !w.isJoin();
        }
        return switch (p.op()) {
            case IS_NOT_NULL -> w.op() != Op.IS_NULL && w.op() != Op.OTHER;
            case IS_NULL -> w.op() == Op.IS_NULL;
            case IS_TRUE -> w.op() == Op.IS_TRUE || w.op() == Op.EQ && "true".equals(String.valueOf(w.values().get(0)));
            case IS_FALSE -> w.op() == Op.IS_FALSE || w.op() == Op.EQ && "false".equals(String.valueOf(w.values().get(0)));
            case EQ -> (w.op() == Op.EQ || w.op() == Op.IN) && w.values().stream().allMatch(v -> same(v, p.values().get(0)));
            case IN -> (w.op() == Op.EQ || w.op() == Op.IN) && w.values().stream().allMatch(v -> p.values().stream().anyMatch(q -> same(v, q)));
            case NE -> excludes(w, p.values().get(0));
            case LT, LE, GT, GE -> p.values().size() == 1 && withinRange(w, p);
            default -> false;
        };
    }

    /** Whether every value {@code w} admits satisfies the range {@code p}. A BETWEEN is a GE atom with two values. */
    private static boolean withinRange(Atom w, Atom p) {
        Object bound = p.values().get(0);
        if (w.op() == Op.EQ || w.op() == Op.IN) {
            return w.values().stream().allMatch(v -> satisfies(v, p.op(), bound));
        }
        boolean between = w.op() == Op.GE && w.values().size() == 2;
        if (p.op() == Op.GT || p.op() == Op.GE) {
            if (w.op() != Op.GT && w.op() != Op.GE) {
                return false;
            }
            int c = compare(w.values().get(0), bound);
            return c != INCOMPARABLE && (c > 0 || c == 0 && (p.op() == Op.GE || w.op() == Op.GT));
        }
        Object upper;
        boolean exclusive;
        if (w.op() == Op.LT || w.op() == Op.LE) {
            upper = w.values().get(0);
            exclusive = w.op() == Op.LT;
        } else if (between) {
            upper = w.values().get(1);
            exclusive = false;
        } else {
            return false;
        }
        int c = compare(upper, bound);
        return c != INCOMPARABLE && (c < 0 || c == 0 && (p.op() == Op.LE || exclusive));
    }

    /** Whether no value {@code w} admits equals {@code v}. */
    private static boolean excludes(Atom w, Object v) {
        if (w.op() == Op.EQ || w.op() == Op.IN) {
            return w.values().stream().noneMatch(x -> same(x, v));
        }
        if (w.op() == Op.GE && w.values().size() == 2) {
            int low = compare(v, w.values().get(0));
            int high = compare(v, w.values().get(1));
            return low != INCOMPARABLE && high != INCOMPARABLE && (low < 0 || high > 0);
        }
        if (!w.op().isRange() || w.op() == Op.LIKE) {
            return false;
        }
        int c = compare(v, w.values().get(0));
        if (c == INCOMPARABLE) {
            return false;
        }
        return switch (w.op()) {
            case GT -> c <= 0;
            case GE -> c < 0;
            case LT -> c >= 0;
            case LE -> c > 0;
            default -> false;
        };
    }

    private static boolean satisfies(Object v, Op op, Object bound) {
        int c = compare(v, bound);
        if (c == INCOMPARABLE) {
            return false;
        }
        return switch (op) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0;
            case GE -> c >= 0;
            default -> false;
        };
    }

    private static final int INCOMPARABLE = Integer.MIN_VALUE;

    private static boolean same(Object a, Object b) {
        return compare(a, b) == 0;
    }

    /** Numbers numerically, everything else as text (ISO dates and timestamps order correctly as text). */
    private static int compare(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y);
        }
        if (a instanceof BigDecimal || b instanceof BigDecimal) {
            try {
                return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString()));
            } catch (NumberFormatException e) {
                return INCOMPARABLE;
            }
        }
        return String.valueOf(a).compareTo(String.valueOf(b));
    }

    private static String normalise(String text) {
        return text.replaceAll("[\\s()]", "").toLowerCase(java.util.Locale.ROOT);
    }
}
