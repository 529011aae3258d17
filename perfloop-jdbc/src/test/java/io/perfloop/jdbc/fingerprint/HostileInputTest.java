package io.perfloop.jdbc.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever arrives, fingerprinting returns: no exception, bounded output, linear time. Inputs
 * are generated: random bytes, random UTF-16 (lone surrogates included), a soup of the
 * characters the lexer reacts to, mangled real statements, and 1 MiB pathological patterns.
 *
 * <p>The timeouts are no performance claim (that is FingerprintBenchmark's job); they are set far
 * above what linear work needs so that only quadratic behaviour (hours on 1 MiB) trips them.
 */
class HostileInputTest {
    private static final int ITERATIONS = 3000;
    private static final String SOUP = "'\"`$-/*#?:()[]{},.;eEnNbBxXuU&0123456789 \n\t\r\\+<>=|_aZ\u00e9\u20ac\ud83d\ude00\ud800\udc00\u0000\u007f";
    private static final int MiB = 1 << 20;

    /** Checks every dialect and a random cut, without the safety net that hides exceptions. */
    private static void assertWellBehaved(String sql, Random random) {
        for (SqlDialect dialect : SqlDialect.values()) {
            String whole = SqlFingerprint.compute(sql, dialect, Integer.MAX_VALUE);
            assertThat(whole.length()).as("output bound for %s", dialect).isLessThanOrEqualTo(bound(sql.length()));
            assertThat(SqlFingerprint.compute(sql, dialect, sql.length())).isEqualTo(whole);
            int max = random.nextInt(sql.length() + 1);
            String cut = SqlFingerprint.compute(sql, dialect, max);
            assertThat(cut.length()).isLessThanOrEqualTo(bound(max));
            if (max < sql.length()) {
                assertThat(cut).endsWith(SqlFingerprint.TRUNCATION_MARKER);
            }
        }
    }

    /** At most one space per token plus one fold marker per list: never twice the input. */
    private static int bound(int inputLength) {
        return 2 * inputLength + SqlFingerprint.TRUNCATION_MARKER.length();
    }

    static Stream<Arguments> generators() {
        return Stream.of(
            Arguments.of("random bytes as Latin-1", (IntFunction<String>) seed -> {
                Random r = new Random(seed);
                byte[] bytes = new byte[r.nextInt(200)];
                r.nextBytes(bytes);
                return new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
            }),
            Arguments.of("random UTF-16 with lone surrogates", (IntFunction<String>) seed -> {
                Random r = new Random(seed);
                char[] chars = new char[r.nextInt(200)];
                for (int i = 0; i < chars.length; i++) {
                    chars[i] = (char) r.nextInt(0x10000);
                }
                return new String(chars);
            }),
            Arguments.of("soup of lexer-significant characters", (IntFunction<String>) seed -> {
                Random r = new Random(seed);
                StringBuilder sb = new StringBuilder();
                int n = r.nextInt(300);
                for (int i = 0; i < n; i++) {
                    sb.append(SOUP.charAt(r.nextInt(SOUP.length())));
                }
                return sb.toString();
            }),
            Arguments.of("mangled generated statements", (IntFunction<String>) seed -> {
                Random r = new Random(seed);
                SqlDialect dialect = SqlDialect.values()[r.nextInt(3)];
                StringBuilder sb = new StringBuilder(new ShapeRenderer(r, dialect).render(StatementShape.random(r)));
                int edits = 1 + r.nextInt(6);
                for (int e = 0; e < edits && sb.length() > 0; e++) {
                    int at = r.nextInt(sb.length());
                    switch (r.nextInt(3)) {
                        case 0 -> sb.deleteCharAt(at);
                        case 1 -> sb.insert(at, SOUP.charAt(r.nextInt(SOUP.length())));
                        default -> sb.setLength(at);
                    }
                }
                return sb.toString();
            }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generators")
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void neverThrowsAndStaysBounded(String name, IntFunction<String> generator) {
        Random random = new Random(name.hashCode());
        for (int i = 0; i < ITERATIONS; i++) {
            String sql = generator.apply(name.hashCode() * 31 + i);
            assertWellBehaved(sql, random);
        }
    }

    static Stream<Arguments> pathological() {
        return Stream.of(
            Arguments.of("open parentheses", "(".repeat(MiB)),
            Arguments.of("close parentheses", ")".repeat(MiB)),
            Arguments.of("nested IN lists", "x in(".repeat(MiB / 5)),
            Arguments.of("nested VALUES", "values(".repeat(MiB / 7)),
            Arguments.of("block comment openers", "/*".repeat(MiB / 2)),
            Arguments.of("quotes", "'".repeat(MiB)),
            Arguments.of("double quotes", "\"".repeat(MiB)),
            Arguments.of("backslash E-strings", "E'\\".repeat(MiB / 3)),
            Arguments.of("dollar tags", ("$" + "t".repeat(60) + "$x").repeat(MiB / 64)),
            Arguments.of("distinct dollar tags", dollarTags()),
            Arguments.of("signs", "- ".repeat(MiB / 2)),
            Arguments.of("binds glued to words", "?a".repeat(MiB / 2)),
            Arguments.of("colons and brackets", "[:a]::b:c".repeat(MiB / 9)),
            Arguments.of("numbers", "0x1e5.e-_".repeat(MiB / 9)),
            Arguments.of("one long word", "A".repeat(MiB)),
            Arguments.of("random soup", soup(MiB)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pathological")
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void megabyteInputsFinish(String name, String sql) {
        for (SqlDialect dialect : SqlDialect.values()) {
            String fingerprint = SqlFingerprint.compute(sql, dialect, Integer.MAX_VALUE);
            assertThat(fingerprint.length()).isLessThanOrEqualTo(bound(sql.length()));
            assertThat(SqlFingerprint.compute(sql, dialect, 4096).length()).isLessThanOrEqualTo(bound(4096));
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void hugeListsFoldToATinyFingerprint() {
        StringBuilder in = new StringBuilder("select * from t where id in (");
        StringBuilder rows = new StringBuilder("insert into t (a, b) values ");
        for (int i = 0; i < 200_000; i++) {
            in.append(i == 0 ? "" : ", ").append(i);
            rows.append(i == 0 ? "" : ",").append("(?, 'x").append(i).append("')");
        }
        in.append(")");
        assertThat(SqlFingerprint.of(in.toString())).isEqualTo("select * from t where id in(?+)");
        assertThat(SqlFingerprint.of(rows.toString())).isEqualTo("insert into t(a,b) values(?,?)+");
    }

    private static String dollarTags() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() < MiB; i++) {
            sb.append("$t").append(i).append("$ ");
        }
        return sb.toString();
    }

    private static String soup(int length) {
        Random r = new Random(42);
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(SOUP.charAt(r.nextInt(SOUP.length())));
        }
        return sb.toString();
    }
}
