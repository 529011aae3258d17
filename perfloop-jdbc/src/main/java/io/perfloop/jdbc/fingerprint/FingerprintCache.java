package io.perfloop.jdbc.fingerprint;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers the fingerprints of statement texts already seen, for capture on the hot path: ORMs
 * and JDBC templates send the same SQL {@code String} instances again and again (Hibernate keeps
 * its generated SQL in its plan and persister caches), and a map lookup on a string whose hash
 * code is already cached costs tens of nanoseconds where lexing a 2 KB statement costs
 * microseconds. Thread-safe, never throws.
 *
 * <p>Bounded: at most {@code capacity} statements, each of at most {@code maxLength} characters
 * (longer ones are fingerprinted every time, not kept). When full it is emptied and refills with
 * what recurs: statements with inlined literals, which rarely repeat, cannot crowd it for long.
 * It pays off only for recurring instances: a freshly built string must first have its hash
 * computed, which for a long statement costs about as much as fingerprinting it.
 */
public final class FingerprintCache {
    private final SqlDialect dialect;
    private final int maxLength;
    private final int capacity;
    private final ConcurrentHashMap<String, String> fingerprints;

    /**
     * Creates an empty cache.
     *
     * @param dialect   lexing rules for every statement; null means {@link SqlDialect#STANDARD}
     * @param maxLength characters read per statement, as in {@link SqlFingerprint#of(String, SqlDialect, int)}; {@code >= 0}
     * @param capacity  most statements kept, {@code >= 1}
     * @throws IllegalArgumentException if {@code maxLength} is negative or {@code capacity} below 1
     */
    public FingerprintCache(SqlDialect dialect, int maxLength, int capacity) {
        if (maxLength < 0) {
            throw new IllegalArgumentException("maxLength must be >= 0, was " + maxLength);
        }
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1, was " + capacity);
        }
        this.dialect = dialect == null ? SqlDialect.STANDARD : dialect;
        this.maxLength = maxLength;
        this.capacity = capacity;
        this.fingerprints = new ConcurrentHashMap<>(Math.min(capacity, 1024) * 2);
    }

    /**
     * The fingerprint of a statement, from the cache when the same text was seen before.
     *
     * @param sql the statement as sent to the driver; null gives {@code ""}
     * @return exactly what {@link SqlFingerprint#of(String, SqlDialect, int)} returns for it
     */
    public String fingerprint(String sql) {
        if (sql == null) {
            return "";
        }
        String known = fingerprints.get(sql);
        if (known != null) {
            return known;
        }
        String fingerprint = SqlFingerprint.of(sql, dialect, maxLength);
        if (sql.length() <= maxLength) {
            if (fingerprints.size() >= capacity) {
                fingerprints.clear();
            }
            fingerprints.put(sql, fingerprint);
        }
        return fingerprint;
    }

    /**
     * How many statements are kept now.
     *
     * @return a number between 0 and the capacity (briefly above it under concurrent inserts)
     */
    public int size() {
        return fingerprints.size();
    }
}
