package io.perfloop.db.sql;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whether a WHERE implies a partial index predicate, over generated cases: every predicate form
 * PostgreSQL prints ({@code pg_get_expr}: casts, parentheses) against matching, contradicting,
 * parameterised and unrelated conditions. The truth is computed by evaluating both sides over a
 * grid of values, not hand-written.
 */
class ImplicationTest {
    private static final int[] GRID = {-1, 0, 1, 4, 5, 6, 9, 10, 11, 20};

    record Cond(String sql, java.util.function.IntPredicate holds) {
    }

    static List<Cond> predicates() {
        return List.of(
                new Cond("(n = 5)", v -> v == 5), new Cond("(n > 5)", v -> v > 5), new Cond("(n >= 5)", v -> v >= 5),
                new Cond("(n < 10)", v -> v < 10), new Cond("(n <= 10)", v -> v <= 10), new Cond("(n <> 5)", v -> v != 5),
                new Cond("(n = ANY (ARRAY[1, 5]))", null), new Cond("(n IN (1, 5))", v -> v == 1 || v == 5),
                new Cond("((n)::numeric > (4)::numeric)", v -> v > 4), new Cond("n IS NOT NULL", v -> true));
    }

    static List<Cond> wheres() {
        return List.of(
                new Cond("n = 5", v -> v == 5), new Cond("n = 6", v -> v == 6), new Cond("n = 11", v -> v == 11),
                new Cond("n > 5", v -> v > 5), new Cond("n > 9", v -> v > 9), new Cond("n >= 4", v -> v >= 4),
                new Cond("n < 5", v -> v < 5), new Cond("n <= 10", v -> v <= 10), new Cond("n < 0", v -> v < 0),
                new Cond("n between 6 and 9", v -> v >= 6 && v <= 9), new Cond("n in (1, 5)", v -> v == 1 || v == 5),
                new Cond("n in (5, 6)", v -> v == 5 || v == 6), new Cond("n in (6, 9)", v -> v == 6 || v == 9),
                new Cond("t.n = 5", v -> v == 5), new Cond("m = 5", v -> true));
    }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (Cond p : predicates()) {
            if (p.holds() == null) {
                continue;
            }
            for (Cond w : wheres()) {
                boolean implied = true;
                for (int v : GRID) {
                    if (w.holds().test(v) && !p.holds().test(v)) {
                        implied = false;
                    }
                }
                boolean sure = !w.sql().startsWith("m ");
                out.add(Arguments.of(w.sql(), p.sql(), implied && sure));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} implies {1}: {2}")
    @MethodSource("cases")
    void decidesLikeEvaluatingBothSides(String where, String predicate, boolean expected) {
        List<Atom> w = Conditions.parse(where + " and x = 1");
        List<String> reasons = Conditions.parse(predicate).stream().map(p -> Implication.whyNot(w, p)).filter(r -> r != null).toList();
        assertThat(reasons.isEmpty()).as("%s ⇒ %s, reasons %s", where, predicate, reasons).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("parameterised")
    void aBindParameterNeverImpliesAValueButImpliesNotNull(String where, String predicate, boolean expected) {
        List<Atom> w = Conditions.parse(where);
        String why = Implication.whyNot(w, Conditions.parse(predicate).get(0));
        assertThat(why == null).isEqualTo(expected);
        if (!expected) {
            assertThat(why).contains("bind parameter");
        }
    }

    static Stream<Arguments> parameterised() {
        return Stream.of(Arguments.of("n = ?", "(n = 5)", false), Arguments.of("n > $1", "(n > 5)", false),
                Arguments.of("n = ?", "(n IS NOT NULL)", true), Arguments.of("n in (?, ?)", "(n = 1)", false));
    }

    @ParameterizedTest
    @MethodSource("textual")
    void otherPredicatesNeedTheSameConditionInTheQuery(String where, String predicate, boolean expected) {
        String why = Implication.whyNot(Conditions.parse(where), Conditions.parse(predicate).get(0));
        assertThat(why == null).isEqualTo(expected);
    }

    static Stream<Arguments> textual() {
        return Stream.of(Arguments.of("deleted_at is null", "(deleted_at IS NULL)", true),
                Arguments.of("deleted_at is not null", "(deleted_at IS NULL)", false),
                Arguments.of("active", "active", true), Arguments.of("not active", "active", false),
                Arguments.of("active = true", "active", true),
                Arguments.of("status = 'pending'", "(status = 'pending'::text)", true),
                Arguments.of("status = 'done'", "(status = 'pending'::text)", false),
                Arguments.of("lower(email) = 'x'", "(lower(email) = 'x'::text)", false));
    }
}
