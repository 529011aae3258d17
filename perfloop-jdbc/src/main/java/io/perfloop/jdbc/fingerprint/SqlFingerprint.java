package io.perfloop.jdbc.fingerprint;

/** TEMPORARY placeholder until the fingerprint branch lands. */
public final class SqlFingerprint {
    private SqlFingerprint() {
    }

    public static String of(String sql) {
        return of(sql, Integer.MAX_VALUE);
    }

    public static String of(String sql, int maxLength) {
        if (sql == null) {
            return "";
        }
        String s = sql.length() > maxLength ? sql.substring(0, maxLength) : sql;
        return s.toLowerCase().replaceAll("'[^']*'", "?").replaceAll("\\b\\d+\\b", "?")
                .replaceAll("in\\s*\\((\\s*\\?\\s*,?)+\\)", "in (?+)").replaceAll("\\s+", " ").trim();
    }

    public static long hash(String fingerprint) {
        return fingerprint.hashCode();
    }
}
