package io.perfloop.db.sql;

import io.perfloop.db.DbException;

import java.util.ArrayList;
import java.util.List;

/**
 * A lexical view of one SQL statement that knows PostgreSQL's and MySQL's quoting (strings with
 * {@code ''} and backslash escapes, quoted identifiers, dollar quotes, line and nested block
 * comments), so that a {@code ;} or {@code ?} inside a literal is never taken for syntax.
 *
 * <p>Why it exists: {@code EXPLAIN select 1; delete from t} would plan the first statement and
 * <em>run</em> the second, so anything handed to EXPLAIN must be exactly one statement.
 */
public final class SqlText {
    private final String sql;
    /** Positions of the JDBC {@code ?} placeholders, in order. */
    private final List<Integer> placeholders = new ArrayList<>();
    private final boolean mysql;
    private int highestDollarParameter;
    private final int statements;

    private SqlText(String sql, boolean mysql) {
        this.sql = sql;
        this.mysql = mysql;
        this.statements = scan();
    }

    /**
     * Reads {@code sql}, dropping trailing semicolons.
     *
     * @throws DbException when it is empty, holds more than one statement or has an unclosed quote
     */
    public static SqlText of(String sql) {
        return of(sql, false);
    }

    /** Like {@link #of(String)}; {@code mysql} switches to MySQL's quoting (backslash escapes, {@code #} comments). */
    public static SqlText of(String sql, boolean mysql) {
        if (sql == null || sql.isBlank()) {
            throw new DbException("no SQL given");
        }
        SqlText text = new SqlText(sql.strip(), mysql);
        if (text.statements == 0) {
            throw new DbException("no SQL statement in: " + sql.strip());
        }
        if (text.statements > 1) {
            throw new DbException("give one statement at a time; found " + text.statements
                    + " separated by ';' (EXPLAIN would run all but the first)");
        }
        return new SqlText(text.withoutTrailingSemicolons(), mysql);
    }

    /** The statement, trimmed, without trailing semicolons. */
    public String sql() {
        return sql;
    }

    /** How many JDBC {@code ?} placeholders it has. */
    public int placeholderCount() {
        return placeholders.size();
    }

    /** The highest PostgreSQL-style {@code $n} parameter it has, 0 when none. */
    public int dollarParameterCount() {
        return highestDollarParameter;
    }

    /** How many parameters of either style it has. */
    public int parameterCount() {
        return Math.max(placeholderCount(), highestDollarParameter);
    }

    /** The statement with each JDBC {@code ?} replaced by {@code $1}, {@code $2}, … (PostgreSQL's own form). */
    public String toDollarParameters() {
        StringBuilder out = new StringBuilder(sql.length() + 8);
        int last = 0;
        int n = 1;
        for (int at : placeholders) {
            out.append(sql, last, at).append('$').append(n++);
            last = at + 1;
        }
        return out.append(sql.substring(last)).toString();
    }

    private String withoutTrailingSemicolons() {
        int end = sql.length();
        while (end > 0 && (sql.charAt(end - 1) == ';' || Character.isWhitespace(sql.charAt(end - 1)))) {
            end--;
        }
        return sql.substring(0, end);
    }

    /** Counts statements (non-empty pieces between top-level semicolons) and records placeholders. */
    private int scan() {
        int count = 0;
        boolean content = false;
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            int next;
            if (c == '\'') {
                next = closeQuote(i, '\'', i > 0 && (sql.charAt(i - 1) == 'E' || sql.charAt(i - 1) == 'e') || mysql);
            } else if (c == '"' || c == '`') {
                next = closeQuote(i, c, false);
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-' || c == '#' && mysql) {
                int eol = sql.indexOf('\n', i);
                i = eol < 0 ? n : eol + 1;
                continue;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                i = closeComment(i);
                continue;
            } else if (c == '$' && !mysql && (i == 0 || !Character.isLetterOrDigit(sql.charAt(i - 1)))) {
                next = closeDollar(i);
            } else if (c == ';') {
                if (content) {
                    count++;
                }
                content = false;
                i++;
                continue;
            } else {
                if (c == '?' && !isOperatorQuestionMark(i)) {
                    placeholders.add(i);
                }
                next = i + 1;
            }
            if (!Character.isWhitespace(c)) {
                content = true;
            }
            i = next;
        }
        return content ? count + 1 : count;
    }

    /** {@code ??}, {@code ?|}, {@code ?&} and a {@code ?} right after another operator are PostgreSQL operators, not binds. */
    private boolean isOperatorQuestionMark(int i) {
        char next = i + 1 < sql.length() ? sql.charAt(i + 1) : ' ';
        char prev = i > 0 ? sql.charAt(i - 1) : ' ';
        return next == '?' || prev == '?' || next == '|' || next == '&' || next == '-' && i + 2 < sql.length() && sql.charAt(i + 2) == '|';
    }

    private int closeQuote(int start, char quote, boolean backslashEscapes) {
        int i = start + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        throw new DbException("unclosed " + quote + " quote in SQL starting at character " + (start + 1));
    }

    private int closeComment(int start) {
        int depth = 0;
        int i = start;
        while (i + 1 < sql.length()) {
            if (sql.charAt(i) == '/' && sql.charAt(i + 1) == '*') {
                depth++;
                i += 2;
            } else if (sql.charAt(i) == '*' && sql.charAt(i + 1) == '/') {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        throw new DbException("unclosed /* comment in SQL starting at character " + (start + 1));
    }

    private int parseNumber(int from, int to) {
        try {
            return Integer.parseInt(sql.substring(from, to));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A dollar quote {@code $tag$ … $tag$}; a {@code $1} parameter is just skipped. */
    private int closeDollar(int start) {
        int i = start + 1;
        while (i < sql.length() && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_')) {
            i++;
        }
        if (i > start + 1 && Character.isDigit(sql.charAt(start + 1))) {
            highestDollarParameter = Math.max(highestDollarParameter, parseNumber(start + 1, i));
            return i;
        }
        if (i >= sql.length() || sql.charAt(i) != '$') {
            return i;
        }
        String tag = sql.substring(start, i + 1);
        int end = sql.indexOf(tag, i + 1);
        if (end < 0) {
            throw new DbException("unclosed dollar quote " + tag + " in SQL starting at character " + (start + 1));
        }
        return end + tag.length();
    }
}
