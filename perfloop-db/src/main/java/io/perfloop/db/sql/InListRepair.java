package io.perfloop.db.sql;

import net.sf.jsqlparser.expression.BinaryExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.NotExpression;
import net.sf.jsqlparser.expression.Parenthesis;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.conditional.OrExpression;
import net.sf.jsqlparser.expression.operators.relational.InExpression;

/**
 * Undoes a JSqlParser 5.3 precedence slip: {@code n IN (1, 5) AND x = 1} comes back as
 * {@code n IN ((1, 5) AND x = 1)}. The IN is rotated back below the AND/OR so that every
 * consumer sees the tree PostgreSQL sees. Printing is unaffected either way.
 */
final class InListRepair {
    private InListRepair() {
    }

    /** The repaired expression (nodes are rewired in place; the root may change). */
    static Expression repair(Expression e) {
        if (e instanceof InExpression in && (in.getRightExpression() instanceof AndExpression || in.getRightExpression() instanceof OrExpression)) {
            BinaryExpression op = (BinaryExpression) in.getRightExpression();
            InExpression inner = new InExpression(in.getLeftExpression(), op.getLeftExpression());
            inner.setNot(in.isNot());
            op.setLeftExpression(repair(inner));
            op.setRightExpression(repair(op.getRightExpression()));
            return op;
        }
        if (e instanceof AndExpression || e instanceof OrExpression) {
            BinaryExpression b = (BinaryExpression) e;
            b.setLeftExpression(repair(b.getLeftExpression()));
            b.setRightExpression(repair(b.getRightExpression()));
        } else if (e instanceof Parenthesis p) {
            p.setExpression(repair(p.getExpression()));
        } else if (e instanceof NotExpression n) {
            n.setExpression(repair(n.getExpression()));
        }
        return e;
    }
}
