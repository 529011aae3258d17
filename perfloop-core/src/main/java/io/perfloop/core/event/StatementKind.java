package io.perfloop.core.event;

import java.util.Locale;

/** What a SQL statement does, read from its first keyword. */
public enum StatementKind {
    SELECT, INSERT, UPDATE, DELETE, MERGE, DDL, OTHER;

    /**
     * Classifies a statement by its leading keyword, skipping whitespace, comments and
     * opening parentheses. {@code WITH … SELECT} counts as SELECT unless the CTE body writes.
     * Never throws.
     */
    public static StatementKind of(String sql) {
        if (sql == null) {
            return OTHER;
        }
        String word = firstWord(sql, 0);
        switch (word) {
            case "select": case "values": case "table": case "show": case "explain":
                return SELECT;
            case "insert": case "replace": return INSERT;
            case "update": return UPDATE;
            case "delete": return DELETE;
            case "merge": return MERGE;
            case "create": case "alter": case "drop": case "truncate": case "comment": case "grant": case "revoke":
                return DDL;
            case "with": {
                String lower = sql.toLowerCase(Locale.ROOT);
                if (lower.contains("insert ")) return INSERT;
                if (lower.contains("update ")) return UPDATE;
                if (lower.contains("delete ")) return DELETE;
                return SELECT;
            }
            default: return OTHER;
        }
    }

    private static String firstWord(String sql, int from) {
        int i = from;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c) || c == '(') {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int eol = sql.indexOf('\n', i);
                i = eol < 0 ? n : eol + 1;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else {
                break;
            }
        }
        int start = i;
        while (i < n && Character.isLetter(sql.charAt(i))) {
            i++;
        }
        return sql.substring(start, i).toLowerCase(Locale.ROOT);
    }
}
