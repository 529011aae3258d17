package io.perfloop.jdbc.capture;

/**
 * The number of elements in a statement's widest {@code IN ( … )} list, read with a cheap scan
 * that skips string literals. A batch fetch ({@code where id in (?, ?, ?)}) loads many keys in one
 * round trip and must not be mistaken for a repeat of single-key lookups. Never throws.
 */
final class InListWidth {
    private InListWidth() {
    }

    static int of(String sql) {
        int widest = 1;
        int n = sql.length();
        for (int i = 0; i + 1 < n; i++) {
            char c = sql.charAt(i);
            if (c == '\'') {
                int end = sql.indexOf('\'', i + 1);
                if (end < 0) {
                    return widest;
                }
                i = end;
            } else if ((c == 'i' || c == 'I') && (sql.charAt(i + 1) == 'n' || sql.charAt(i + 1) == 'N')
                    && (i == 0 || !Character.isJavaIdentifierPart(sql.charAt(i - 1)))) {
                int j = i + 2;
                while (j < n && Character.isWhitespace(sql.charAt(j))) {
                    j++;
                }
                if (j < n && sql.charAt(j) == '(') {
                    widest = Math.max(widest, elements(sql, j + 1));
                }
            }
        }
        return widest;
    }

    /** Counts top-level commas up to the matching parenthesis; a sub-select counts as one. */
    private static int elements(String sql, int from) {
        int depth = 0;
        int count = 1;
        for (int i = from; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\'') {
                int end = sql.indexOf('\'', i + 1);
                if (end < 0) {
                    return count;
                }
                i = end;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth == 0) {
                    return count;
                }
                depth--;
            } else if (c == ',' && depth == 0) {
                count++;
            } else if (depth == 0 && (c == 's' || c == 'S') && sql.regionMatches(true, i, "select", 0, 6)) {
                return 1;
            }
        }
        return count;
    }
}
