package io.perfloop.db.sql;

import io.perfloop.db.sql.Atom.ColumnRef;
import io.perfloop.db.sql.Atom.Op;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.BooleanValue;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.DateValue;
import net.sf.jsqlparser.expression.DoubleValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.JdbcNamedParameter;
import net.sf.jsqlparser.expression.JdbcParameter;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.NotExpression;
import net.sf.jsqlparser.expression.Parenthesis;
import net.sf.jsqlparser.expression.SignedExpression;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.TimestampValue;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.GreaterThan;
import net.sf.jsqlparser.expression.operators.relational.GreaterThanEquals;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.IsNullExpression;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;
import net.sf.jsqlparser.expression.operators.relational.MinorThan;
import net.sf.jsqlparser.expression.operators.relational.MinorThanEquals;
import net.sf.jsqlparser.expression.operators.relational.NotEqualsTo;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.schema.Column;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits a boolean expression into its top-level {@code AND}ed {@link Atom}s. */
public final class Conditions {
    private Conditions() {
    }

    /** The conjuncts of {@code condition} written as SQL (e.g. a partial index's predicate); empty when it does not parse. */
    public static List<Atom> parse(String condition) {
        if (condition == null || condition.isBlank()) {
            return List.of();
        }
        try {
            return of(CCJSqlParserUtil.parseCondExpression(condition));
        } catch (JSQLParserException | RuntimeException e) {
            return List.of(new Atom(null, null, Op.OTHER, List.of(), condition));
        }
    }

    /** The conjuncts of {@code expression}; empty for {@code null}. */
    public static List<Atom> of(Expression expression) {
        List<Atom> out = new ArrayList<>();
        collect(expression == null ? null : InListRepair.repair(expression), out);
        return out;
    }

    private static void collect(Expression e, List<Atom> out) {
        if (e == null) {
            return;
        }
        Expression bare = unwrap(e);
        if (bare instanceof AndExpression and) {
            collect(and.getLeftExpression(), out);
            collect(and.getRightExpression(), out);
        } else {
            out.add(atom(bare));
        }
    }

    private static Atom atom(Expression e) {
        String text = e.toString();
        if (e instanceof BinaryExpression b && op(b) != null) {
            Expression left = unwrap(b.getLeftExpression());
            Expression right = unwrap(b.getRightExpression());
            Op op = op(b);
            if (!(left instanceof Column) && right instanceof Column) {
                Expression t = left;
                left = right;
                right = t;
                op = flip(op);
            }
            if (left instanceof Column c) {
                Object v = value(right);
                if (v != null) {
                    return new Atom(qualifier(c), name(c), op, List.of(v), text);
                }
            }
        } else if (e instanceof InExpression in && !in.isNot() && unwrap(in.getLeftExpression()) instanceof Column c
                && in.getRightExpression() instanceof ExpressionList<?> list) {
            List<Object> values = new ArrayList<>();
            for (Object item : list) {
                Object v = value(unwrap((Expression) item));
                if (v == null || v instanceof ColumnRef) {
                    return other(text);
                }
                values.add(v);
            }
            return new Atom(qualifier(c), name(c), Op.IN, values, text);
        } else if (e instanceof IsNullExpression isNull && unwrap(isNull.getLeftExpression()) instanceof Column c) {
            return new Atom(qualifier(c), name(c), isNull.isNot() ? Op.IS_NOT_NULL : Op.IS_NULL, List.of(), text);
        } else if (e instanceof Column c) {
            return new Atom(qualifier(c), name(c), Op.IS_TRUE, List.of(), text);
        } else if (e instanceof NotExpression not && unwrap(not.getExpression()) instanceof Column c) {
            return new Atom(qualifier(c), name(c), Op.IS_FALSE, List.of(), text);
        } else if (e instanceof Between between && !between.isNot() && unwrap(between.getLeftExpression()) instanceof Column c) {
            // BETWEEN is two ranges; keep the lower bound here and let the caller see the text
            Object low = value(unwrap(between.getBetweenExpressionStart()));
            Object high = value(unwrap(between.getBetweenExpressionEnd()));
            if (low != null && high != null && !(low instanceof ColumnRef) && !(high instanceof ColumnRef)) {
                return new Atom(qualifier(c), name(c), Op.GE, List.of(low, high), text);
            }
        }
        return other(text);
    }

    private static Atom other(String text) {
        return new Atom(null, null, Op.OTHER, List.of(), text);
    }

    private static Op op(BinaryExpression b) {
        if (b instanceof EqualsTo) return Op.EQ;
        if (b instanceof NotEqualsTo) return Op.NE;
        if (b instanceof MinorThan) return Op.LT;
        if (b instanceof MinorThanEquals) return Op.LE;
        if (b instanceof GreaterThan) return Op.GT;
        if (b instanceof GreaterThanEquals) return Op.GE;
        if (b instanceof LikeExpression like && !like.isNot() && like.getLikeKeyWord() == LikeExpression.KeyWord.LIKE) return Op.LIKE;
        return null;
    }

    private static Op flip(Op op) {
        return switch (op) {
            case LT -> Op.GT;
            case LE -> Op.GE;
            case GT -> Op.LT;
            case GE -> Op.LE;
            default -> op;
        };
    }

    /** A constant, a parameter, a column reference, or {@code null} for anything else. */
    static Object value(Expression e) {
        if (e instanceof StringValue s) return s.getValue();
        if (e instanceof LongValue l) return new BigDecimal(l.getStringValue());
        if (e instanceof DoubleValue d) return BigDecimal.valueOf(d.getValue());
        if (e instanceof DateValue d) return d.getValue().toString();
        if (e instanceof TimestampValue t) return t.getValue().toString();
        if (e instanceof SignedExpression s && s.getSign() == '-' && value(s.getExpression()) instanceof BigDecimal b) return b.negate();
        if (e instanceof JdbcParameter || e instanceof JdbcNamedParameter) return Atom.PARAMETER;
        if (e instanceof BooleanValue b) return String.valueOf(b.getValue());
        if (e instanceof Column c) {
            String n = c.getColumnName().toLowerCase(Locale.ROOT);
            // JSqlParser may read a bare true/false as a column
            return c.getTable() == null && (n.equals("true") || n.equals("false")) ? n : new ColumnRef(qualifier(c), name(c));
        }
        return null;
    }

    /** Drops parentheses and casts ({@code 'x'::text}, {@code (status)::text}) that do not change what is compared. */
    static Expression unwrap(Expression e) {
        Expression cur = e;
        while (true) {
            if (cur instanceof Parenthesis p) {
                cur = p.getExpression();
            } else if (cur instanceof CastExpression cast && cast.getLeftExpression() != null) {
                cur = cast.getLeftExpression();
            } else if (cur instanceof ParenthesedExpressionList<?> list && list.size() == 1) {
                cur = (Expression) list.get(0);
            } else {
                return cur;
            }
        }
    }

    static String qualifier(Column c) {
        return c.getTable() == null || c.getTable().getName() == null ? null : c.getTable().getName().replace("\"", "");
    }

    static String name(Column c) {
        String n = c.getColumnName();
        return n.startsWith("\"") ? n.substring(1, n.length() - 1) : n.toLowerCase(Locale.ROOT);
    }
}
