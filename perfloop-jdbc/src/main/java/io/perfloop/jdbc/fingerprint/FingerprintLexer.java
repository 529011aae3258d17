package io.perfloop.jdbc.fingerprint;

/**
 * One pass over the characters of a statement, handing each token to a {@link TokenWriter}.
 * It recognises what changes the meaning of characters (quotes, comments, dollar quotes, bind
 * markers, numbers) and nothing of the grammar. Every loop advances by at least one character
 * and every scan is bounded by the input, so any input ends in linear time; unterminated quotes
 * and comments simply run to the end.
 */
final class FingerprintLexer {
    /** Longest dollar-quote tag honoured; bounds the closing-tag search to linear time. */
    private static final int MAX_DOLLAR_TAG = 64;

    private final String sql;
    private final int n;
    private final SqlDialect dialect;
    private final TokenWriter out;
    private int bracketDepth;

    FingerprintLexer(String sql, SqlDialect dialect, TokenWriter out) {
        this.sql = sql;
        this.n = sql.length();
        this.dialect = dialect;
        this.out = out;
    }

    void run() {
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            if (c <= ' ' || c == 0x7F) {
                i++;
            } else if (isIdentifierStart(c)) {
                i = word(i);
            } else if (c >= '0' && c <= '9') {
                i = number(i);
            } else {
                i = symbol(c, i);
            }
        }
    }

    private static boolean isIdentifierStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 0x80;
    }

    private static boolean isIdentifierPart(char c) {
        return isIdentifierStart(c) || c >= '0' && c <= '9' || c == '$';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private int word(int i) {
        int j = i + 1;
        while (j < n && isIdentifierPart(sql.charAt(j))) {
            j++;
        }
        if (j - i == 1 && j < n) {
            // prefixed string literals: E'…' (backslash escapes), N'…', B'…', X'…', U&'…'
            char p = (char) (sql.charAt(i) | 0x20);
            char q = sql.charAt(j);
            if (q == '\'' && (p == 'e' || p == 'n' || p == 'b' || p == 'x')) {
                return string(j, '\'', p == 'e' || dialect.backslashEscapes);
            }
            if (p == 'u' && q == '&' && j + 1 < n && sql.charAt(j + 1) == '\'') {
                return string(j + 1, '\'', false);
            }
        }
        out.word(sql, i, j);
        return j;
    }

    private int number(int i) {
        int j;
        if (sql.charAt(i) == '0' && i + 1 < n && "xXbBoO".indexOf(sql.charAt(i + 1)) >= 0) {
            // 0x1F, 0b101, 0o17: the digits of any base, letters included
            j = i + 2;
            while (j < n && (isDigit(sql.charAt(j)) || isIdentifierStart(sql.charAt(j)) && sql.charAt(j) < 0x80)) {
                j++;
            }
        } else {
            j = digits(i);
            if (j < n && sql.charAt(j) == '.') {
                j = digits(j + 1);
            }
            j = exponent(j);
        }
        out.number();
        return j;
    }

    /** Digits, with PostgreSQL 16's {@code 1_000} separators. */
    private int digits(int j) {
        while (j < n && (isDigit(sql.charAt(j)) || sql.charAt(j) == '_' && j + 1 < n && isDigit(sql.charAt(j + 1)))) {
            j++;
        }
        return j;
    }

    private int exponent(int j) {
        if (j < n && (sql.charAt(j) | 0x20) == 'e') {
            int k = j + 1;
            if (k < n && (sql.charAt(k) == '+' || sql.charAt(k) == '-')) {
                k++;
            }
            if (k < n && isDigit(sql.charAt(k))) {
                return digits(k);
            }
        }
        return j;
    }

    private int symbol(char c, int i) {
        char next = i + 1 < n ? sql.charAt(i + 1) : 0;
        switch (c) {
            case '\'':
                return string(i, '\'', dialect.backslashEscapes);
            case '"':
                return dialect.doubleQuotedStrings ? string(i, '"', true) : quoted(i, '"');
            case '`':
                return quoted(i, '`');
            case '(':
                out.open();
                return i + 1;
            case ')':
                out.close();
                return i + 1;
            case ',':
                out.comma();
                return i + 1;
            case '*':
                out.star();
                return i + 1;
            case '?':
                return question(i, next);
            case '$':
                return dollar(i, next);
            case ':':
                return colon(i, next);
            case '.':
                if (isDigit(next) && (i == 0 || !isIdentifierPart(sql.charAt(i - 1)))) {
                    int j = exponent(digits(i + 1));
                    out.number();
                    return j;
                }
                out.punct('.', TokenWriter.DOT);
                return i + 1;
            case '[':
                if (dialect.bracketIdentifiers) {
                    return quoted(i, ']');
                }
                bracketDepth++;
                out.punct('[', TokenWriter.OTHER);
                return i + 1;
            case ']':
                bracketDepth = Math.max(0, bracketDepth - 1);
                out.punct(']', TokenWriter.CLOSE_BRACKET);
                return i + 1;
            case ';': case '{': case '}':
                out.punct(c, TokenWriter.OTHER);
                return i + 1;
            case '-':
                if (next == '-' && (!dialect.dashDashNeedsSpace || i + 2 >= n || sql.charAt(i + 2) <= ' ')) {
                    return lineComment(i);
                }
                break;
            case '/':
                if (next == '*') {
                    return blockComment(i);
                }
                break;
            case '#':
                if (dialect.hashComments) {
                    return lineComment(i);
                }
                break;
            default:
                break;
        }
        out.op(c);
        return i + 1;
    }

    /** A string literal from its opening quote at {@code i}: doubled quotes and, if asked, backslashes escape. */
    private int string(int i, char quote, boolean backslashEscapes) {
        int j = i + 1;
        while (j < n) {
            int k = backslashEscapes ? quoteOrBackslash(j, quote) : sql.indexOf(quote, j);
            if (k < 0) {
                j = n;
            } else if (sql.charAt(k) == '\\' || k + 1 < n && sql.charAt(k + 1) == quote) {
                j = k + 2;
            } else {
                j = k + 1;
                break;
            }
        }
        out.param();
        return Math.min(j, n);
    }

    private int quoteOrBackslash(int from, char quote) {
        for (int k = from; k < n; k++) {
            char c = sql.charAt(k);
            if (c == quote || c == '\\') {
                return k;
            }
        }
        return -1;
    }

    /** A quoted identifier from its opening quote at {@code i}, kept verbatim; a doubled closer escapes. */
    private int quoted(int i, char closer) {
        int j = i + 1;
        while (j < n) {
            int k = sql.indexOf(closer, j);
            if (k < 0) {
                j = n;
            } else if (k + 1 < n && sql.charAt(k + 1) == closer) {
                j = k + 2;
            } else {
                j = k + 1;
                break;
            }
        }
        j = Math.min(j, n);
        out.quoted(sql, i, j);
        return j;
    }

    /** {@code ?} and JPA's {@code ?1} are binds; pgjdbc's {@code ??} is the escaped {@code ?} operator. */
    private int question(int i, char next) {
        if (next == '?') {
            out.op('?');
            out.op('?');
            return i + 2;
        }
        int j = i + 1;
        while (j < n && isDigit(sql.charAt(j))) {
            j++;
        }
        out.param();
        return j;
    }

    /** {@code $1} is a bind; {@code $$…$$} and {@code $tag$…$tag$} are strings where the dialect has them. */
    private int dollar(int i, char next) {
        if (dialect.dollarStartsIdentifier) {
            return word(i);
        }
        if (isDigit(next)) {
            int j = i + 1;
            while (j < n && isDigit(sql.charAt(j))) {
                j++;
            }
            out.param();
            return j;
        }
        if (dialect.dollarQuotes && (next == '$' || isIdentifierStart(next))) {
            int k = i + 1;
            while (k < n && k - i <= MAX_DOLLAR_TAG && sql.charAt(k) != '$' && isIdentifierPart(sql.charAt(k))) {
                k++;
            }
            if (k < n && sql.charAt(k) == '$') {
                String tag = k == i + 1 ? "$$" : sql.substring(i, k + 1);
                int close = sql.indexOf(tag, k + 1);
                out.param();
                return close < 0 ? n : close + tag.length();
            }
        }
        out.op('$');
        return i + 1;
    }

    /** {@code ::} is a cast; {@code :name} and {@code :1} are binds, except in an array slice {@code a[lo:hi]}. */
    private int colon(int i, char next) {
        if (next == ':') {
            out.op(':');
            out.op(':');
            return i + 2;
        }
        if (bracketDepth == 0 && (isIdentifierStart(next) || isDigit(next))) {
            int j = i + 1;
            while (j < n && isIdentifierPart(sql.charAt(j))) {
                j++;
            }
            out.param();
            return j;
        }
        out.op(':');
        return i + 1;
    }

    private int lineComment(int i) {
        int j = i + 1;
        while (j < n && sql.charAt(j) != '\n' && sql.charAt(j) != '\r') {
            j++;
        }
        return j;
    }

    /** A block comment from {@code i}; PostgreSQL and SQL Server nest them, MySQL does not. */
    private int blockComment(int i) {
        if (!dialect.nestedComments) {
            int close = sql.indexOf("*/", i + 2);
            return close < 0 ? n : close + 2;
        }
        int depth = 1;
        int j = i + 2;
        while (j < n) {
            char c = sql.charAt(j);
            if (c == '*' && j + 1 < n && sql.charAt(j + 1) == '/') {
                j += 2;
                if (--depth == 0) {
                    return j;
                }
            } else if (c == '/' && j + 1 < n && sql.charAt(j + 1) == '*') {
                j += 2;
                depth++;
            } else {
                j++;
            }
        }
        return n;
    }
}
