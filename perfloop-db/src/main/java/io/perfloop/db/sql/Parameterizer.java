package io.perfloop.db.sql;

import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.DateValue;
import net.sf.jsqlparser.expression.DoubleValue;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.ExpressionVisitorAdapter;
import net.sf.jsqlparser.expression.JdbcParameter;
import net.sf.jsqlparser.expression.LongValue;
import net.sf.jsqlparser.expression.StringValue;
import net.sf.jsqlparser.expression.TimestampValue;
import net.sf.jsqlparser.expression.operators.relational.Between;
import net.sf.jsqlparser.expression.operators.relational.ComparisonOperator;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.LikeExpression;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.PlainSelect;

import java.util.List;
import java.util.Optional;

/**
 * Turns the constants a query compares columns with into parameters, the way an application
 * sends them through JDBC: {@code status = 'pending'} becomes {@code status = $1}. Explaining that
 * form with PostgreSQL's generic plan shows what production runs once the driver switches to a
 * server-side prepared statement.
 */
public final class Parameterizer {
    private Parameterizer() {
    }

    /**
     * The statement with its compared constants as {@code $n} parameters, or empty when it is
     * not a plain SELECT or has no such constants.
     */
    public static Optional<String> parameterize(String sql) {
        ParsedSql parsed = ParsedSql.parse(sql);
        if (parsed.plainSelect().isEmpty()) {
            return Optional.empty();
        }
        PlainSelect select = parsed.plainSelect().get();
        Replacer replacer = new Replacer();
        if (select.getWhere() != null) {
            select.getWhere().accept(replacer, null);
        }
        if (select.getJoins() != null) {
            for (Join join : select.getJoins()) {
                join.getOnExpressions().forEach(e -> e.accept(replacer, null));
            }
        }
        if (replacer.replaced == 0) {
            return Optional.empty();
        }
        return Optional.of(SqlText.of(select.toString()).toDollarParameters());
    }

    static boolean isConstant(Expression e) {
        return e instanceof StringValue || e instanceof LongValue || e instanceof DoubleValue
                || e instanceof DateValue || e instanceof TimestampValue;
    }

    private static final class Replacer extends ExpressionVisitorAdapter<Void> {
        int replaced;

        @Override
        protected <S> Void visitBinaryExpression(BinaryExpression expr, S context) {
            if (expr instanceof ComparisonOperator || expr instanceof LikeExpression) {
                if (isConstant(expr.getRightExpression())) {
                    expr.setRightExpression(new JdbcParameter());
                    replaced++;
                }
                if (isConstant(expr.getLeftExpression())) {
                    expr.setLeftExpression(new JdbcParameter());
                    replaced++;
                }
            }
            return super.visitBinaryExpression(expr, context);
        }

        @Override
        public <S> Void visit(LikeExpression like, S context) {
            return visitBinaryExpression(like, context);
        }

        @Override
        public <S> Void visit(Between between, S context) {
            if (isConstant(between.getBetweenExpressionStart())) {
                between.setBetweenExpressionStart(new JdbcParameter());
                replaced++;
            }
            if (isConstant(between.getBetweenExpressionEnd())) {
                between.setBetweenExpressionEnd(new JdbcParameter());
                replaced++;
            }
            return null;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <S> Void visit(InExpression in, S context) {
            if (in.getRightExpression() instanceof ExpressionList<?> list) {
                List<Expression> items = (List<Expression>) list;
                for (int i = 0; i < items.size(); i++) {
                    if (isConstant(items.get(i))) {
                        items.set(i, new JdbcParameter());
                        replaced++;
                    }
                }
            }
            return null;
        }
    }
}
