package io.perfloop.jdbc.fingerprint;

import java.nio.charset.StandardCharsets;

/**
 * The normalised shape of a SQL statement: two executions of "the same statement" with other
 * values, other spacing, other keyword case or other comments get the same fingerprint.
 *
 * <pre>{@code
 * SELECT o.id, o.total FROM orders o WHERE o.customer_id = 42 AND o.status IN ('NEW', 'PAID') -- hot
 *   → select o.id,o.total from orders o where o.customer_id=? and o.status in(?+)
 * }</pre>
 *
 * <p>What it does, in one pass over the characters (a lexer, not a parser):
 * <ul>
 *   <li>literals become {@code ?}: numbers (decimals, exponents, hex), {@code '…'} strings with
 *       {@code ''} escapes, {@code E'…'}/{@code N'…'}/{@code B'…'}/{@code X'…'}/{@code U&'…'},
 *       PostgreSQL {@code $$…$$} and {@code $tag$…$tag$}; bind markers {@code ?}, {@code ?1},
 *       {@code $1}, {@code :name} become {@code ?}; a sign in operand position joins its number
 *       ({@code x > -5} and {@code x > 5} share a shape);</li>
 *   <li>{@code TRUE}, {@code FALSE} and {@code NULL} stay keywords: they are part of the code,
 *       not data, and plans differ on them (partial indexes, {@code IS NULL});</li>
 *   <li>{@code IN (…)} lists of literals/binds of any length become {@code in(?+)}; identical
 *       {@code VALUES} rows of any count become {@code values(?,?)+};</li>
 *   <li>comments are dropped, whitespace is rewritten (one space between word-like tokens, none
 *       elsewhere), unquoted words are lower-cased (ASCII, as PostgreSQL folds names), quoted
 *       identifiers ({@code "Foo"}, {@code `foo`}, {@code [foo]}) are kept exactly, casts
 *       ({@code ::int}) are kept, trailing semicolons are dropped.</li>
 * </ul>
 *
 * <p>Never throws, whatever the input; runs in time linear in the input (or in {@code maxLength});
 * the result is at most twice as long as the input plus {@link #TRUNCATION_MARKER} (in practice
 * shorter than the input: the doubling needs a bind marker glued to words on both sides).
 */
public final class SqlFingerprint {
    /** Appended when the statement was longer than the {@code maxLength} it was read to. */
    public static final String TRUNCATION_MARKER = " ...";

    /** Returned in place of a fingerprint if the lexer ever failed (a bug; never seen in fuzzing). */
    static final String UNREADABLE = "?unreadable";

    private SqlFingerprint() {
    }

    /**
     * Fingerprints a statement under {@link SqlDialect#STANDARD} lexing, reading all of it.
     *
     * @param sql the statement as sent to the driver; null gives {@code ""}
     * @return its normalised shape, never null
     */
    public static String of(String sql) {
        return of(sql, SqlDialect.STANDARD, Integer.MAX_VALUE);
    }

    /**
     * Fingerprints the first {@code maxLength} characters of a statement under
     * {@link SqlDialect#STANDARD} lexing; a longer statement gets {@link #TRUNCATION_MARKER}
     * appended, so statements that differ only after {@code maxLength} share a fingerprint.
     *
     * @param sql       the statement as sent to the driver; null gives {@code ""}
     * @param maxLength how many characters to read at most, {@code >= 0}
     * @return its normalised shape, never null
     * @throws IllegalArgumentException if {@code maxLength} is negative
     */
    public static String of(String sql, int maxLength) {
        return of(sql, SqlDialect.STANDARD, maxLength);
    }

    /**
     * Fingerprints a statement under the given dialect's lexing, reading all of it.
     *
     * @param sql     the statement as sent to the driver; null gives {@code ""}
     * @param dialect the quoting and comment rules; null means {@link SqlDialect#STANDARD}
     * @return its normalised shape, never null
     */
    public static String of(String sql, SqlDialect dialect) {
        return of(sql, dialect, Integer.MAX_VALUE);
    }

    /**
     * Fingerprints the first {@code maxLength} characters of a statement under the given
     * dialect's lexing; a longer statement gets {@link #TRUNCATION_MARKER} appended.
     *
     * @param sql       the statement as sent to the driver; null gives {@code ""}
     * @param dialect   the quoting and comment rules; null means {@link SqlDialect#STANDARD}
     * @param maxLength how many characters to read at most, {@code >= 0}
     * @return its normalised shape, never null
     * @throws IllegalArgumentException if {@code maxLength} is negative
     */
    public static String of(String sql, SqlDialect dialect, int maxLength) {
        if (maxLength < 0) {
            throw new IllegalArgumentException("maxLength must be >= 0, was " + maxLength);
        }
        try {
            return compute(sql, dialect, maxLength);
        } catch (RuntimeException e) {
            // capture runs inside the application's JDBC call: a lexer bug must not fail it
            return UNREADABLE;
        }
    }

    /** The fingerprint without the safety net, so that tests see any exception. */
    static String compute(String sql, SqlDialect dialect, int maxLength) {
        if (sql == null || sql.isEmpty()) {
            return "";
        }
        boolean truncated = sql.length() > maxLength;
        String text = truncated ? sql.substring(0, maxLength) : sql;
        return new Fingerprinter(text, dialect == null ? SqlDialect.STANDARD : dialect)
            .run(truncated ? TRUNCATION_MARKER : null);
    }

    /**
     * A stable 64-bit hash of a fingerprint, for compact keys in run files and maps: XXH64 with
     * seed 0 over the UTF-8 bytes of the string (unpaired surrogates encoded as {@code ?}, as
     * {@link String#getBytes} does), so any stock xxHash implementation reproduces it. The value
     * never changes between perfloop versions for the same string.
     *
     * @param fingerprint a fingerprint (any string works); null hashes like {@code ""}
     * @return the hash
     */
    public static long hash(String fingerprint) {
        byte[] bytes = fingerprint == null ? new byte[0] : fingerprint.getBytes(StandardCharsets.UTF_8);
        return Xxh64.hash(bytes, 0);
    }
}
