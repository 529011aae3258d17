package io.perfloop.db.sql;

import java.math.BigDecimal;
import java.util.List;

/**
 * One conjunct of a WHERE clause or index predicate that compares a column: {@code status = 'x'},
 * {@code created_at >= $1}, {@code id IN (1, 2)}, {@code deleted_at IS NULL}, {@code active}.
 * Conjuncts perfloop does not understand are kept as {@link Op#OTHER} with their text.
 *
 * @param qualifier the table alias or name written before the column, or {@code null}
 * @param column    the column name, lower-case unless it was quoted
 * @param op        the comparison
 * @param values    the constants compared with: {@link BigDecimal}, {@link String}, {@link #PARAMETER}
 *                  for a bind parameter, or a {@link ColumnRef} for a join condition
 * @param text      the conjunct as written
 */
public record Atom(String qualifier, String column, Op op, List<Object> values, String text) {
    /** Stands for a bind parameter ({@code ?} or {@code $n}): a value unknown at planning time. */
    public static final Object PARAMETER = new Object() {
        @Override
        public String toString() {
            return "?";
        }
    };

    public Atom {
        values = List.copyOf(values);
    }

    /** The comparisons understood. */
    public enum Op {
        /** {@code =} */ EQ,
        /** {@code <>} */ NE,
        /** {@code <} */ LT,
        /** {@code <=} */ LE,
        /** {@code >} */ GT,
        /** {@code >=} */ GE,
        /** {@code IN (…)} */ IN,
        /** {@code LIKE 'prefix%'} and other LIKEs */ LIKE,
        /** {@code IS NULL} */ IS_NULL,
        /** {@code IS NOT NULL} */ IS_NOT_NULL,
        /** a boolean column on its own */ IS_TRUE,
        /** {@code NOT column} */ IS_FALSE,
        /** anything else */ OTHER;

        /** Whether it bounds a range of values. */
        public boolean isRange() {
            return this == LT || this == LE || this == GT || this == GE || this == LIKE;
        }
    }

    /** A column on the other side of a comparison (a join condition). */
    public record ColumnRef(String qualifier, String column) {
    }

    /** Whether this compares the column with another column (a join condition). */
    public boolean isJoin() {
        return values.size() == 1 && values.get(0) instanceof ColumnRef;
    }

    /** Whether every value is a constant known when planning (not a parameter, not a column). */
    public boolean isConstant() {
        return !values.isEmpty() && values.stream().allMatch(v -> v instanceof BigDecimal || v instanceof String);
    }

    /** Whether a value is a bind parameter. */
    public boolean hasParameter() {
        return values.contains(PARAMETER);
    }

    /** Whether it is an equality ({@code =} or {@code IN}) with constants or parameters. */
    public boolean isEquality() {
        return (op == Op.EQ || op == Op.IN) && !isJoin();
    }
}
