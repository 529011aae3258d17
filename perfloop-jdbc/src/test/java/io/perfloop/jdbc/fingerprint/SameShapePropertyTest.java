package io.perfloop.jdbc.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Same shape ⇔ same fingerprint, on generated statements: many renderings of one shape (case,
 * whitespace, comments, literal forms, list lengths) share a fingerprint; one change that makes
 * another statement (a column, a table, an operator, a quoted name turned into a string) does not.
 */
class SameShapePropertyTest {
    private static final long SEED = 0x5eedF00dL;
    private static final int SHAPES = 400;
    private static final int RENDERINGS = 8;

    private static String fingerprint(String sql, SqlDialect dialect) {
        return SqlFingerprint.compute(sql, dialect, Integer.MAX_VALUE);
    }

    @ParameterizedTest
    @EnumSource(SqlDialect.class)
    void renderingsOfOneShapeShareAFingerprint(SqlDialect dialect) {
        Random random = new Random(SEED + dialect.ordinal());
        ShapeRenderer renderer = new ShapeRenderer(random, dialect);
        for (int s = 0; s < SHAPES; s++) {
            StatementShape shape = StatementShape.random(random);
            String first = renderer.render(shape);
            String expected = fingerprint(first, dialect);
            assertThat(expected).as("no literal, comment or line break survives in %s", expected)
                .doesNotContain("'", "$$", "--", "/*", "\n", "  ");
            for (int r = 0; r < RENDERINGS; r++) {
                String sql = renderer.render(shape);
                assertThat(fingerprint(sql, dialect)).as("%s%nvs%n%s", first, sql).isEqualTo(expected);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(SqlDialect.class)
    void oneChangeMakesAnotherFingerprint(SqlDialect dialect) {
        Random random = new Random(SEED * 31 + dialect.ordinal());
        ShapeRenderer renderer = new ShapeRenderer(random, dialect);
        Map<ShapeMutation, Integer> applied = new EnumMap<>(ShapeMutation.class);
        for (int s = 0; s < SHAPES; s++) {
            StatementShape shape = StatementShape.random(random);
            for (ShapeMutation mutation : ShapeMutation.values()) {
                StatementShape changed = mutation.apply(shape, random);
                if (changed == null) {
                    continue;
                }
                applied.merge(mutation, 1, Integer::sum);
                String original = renderer.render(shape);
                String other = renderer.render(changed);
                assertThat(fingerprint(other, dialect)).as("%s:%n%s%nvs%n%s", mutation, original, other)
                    .isNotEqualTo(fingerprint(original, dialect));
            }
        }
        // every kind of change was actually tried, often
        for (ShapeMutation mutation : ShapeMutation.values()) {
            assertThat(applied.getOrDefault(mutation, 0)).as(mutation.name()).isGreaterThan(50);
        }
    }
}
