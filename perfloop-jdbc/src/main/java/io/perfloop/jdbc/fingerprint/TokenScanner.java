package io.perfloop.jdbc.fingerprint;

/**
 * Finds where each token ends and what it is, without writing anything: the quoting, comment,
 * dollar-quote, bind-marker and number rules of a dialect. Every scan advances at least one
 * character and never looks past the input, so unterminated quotes and comments simply run to the
 * end and any input is read in linear time.
 */
final class TokenScanner {
    /** Longest dollar-quote tag honoured; bounds the closing-tag search to linear time. */
    private static final int MAX_DOLLAR_TAG = 64;

    private final String sql;
    private final char[] s;
    private final int n;
    private final SqlDialect dialect;
    private int bracketDepth;
    /** The {@link TokenKind} of the token {@link #symbol} just scanned. */
    int kind;

    TokenScanner(String sql, char[] s, SqlDialect dialect) {
        this.sql = sql;
        this.s = s;
        this.n = s.length;
        this.dialect = dialect;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean is(char c, int charClass) {
        return (CharClass.of(c) & charClass) != 0;
    }

    /** End of the literal if the word at {@code i} is a string prefix: E'…', N'…', B'…', X'…', U&'…'; else -1. */
    int prefixedLiteral(int i) {
        int j = i + 1;
        if (j >= n || s[j] != '\'' && s[j] != '&') {
            return -1;
        }
        char p = (char) (s[i] | 0x20);
        if (s[j] == '\'' && (p == 'e' || p == 'n' || p == 'b' || p == 'x')) {
            return string(j, '\'', p == 'e' || dialect.backslashEscapes);
        }
        if (p == 'u' && s[j] == '&' && j + 1 < n && s[j + 1] == '\'') {
            return string(j + 1, '\'', false);
        }
        return -1;
    }

    /** End of the number starting with a digit at {@code i}. */
    int number(int i) {
        if (s[i] == '0' && i + 1 < n && "xXbBoO".indexOf(s[i + 1]) >= 0) {
            // 0x1F, 0b101, 0o17: the digits of any base, letters included
            int j = i + 2;
            while (j < n && (isDigit(s[j]) || s[j] < 0x80 && is(s[j], CharClass.START))) {
                j++;
            }
            return j;
        }
        int j = digits(i);
        if (j < n && s[j] == '.') {
            j = digits(j + 1);
        }
        return exponent(j);
    }

    /** Digits, with PostgreSQL 16's {@code 1_000} separators. */
    private int digits(int j) {
        while (j < n && (isDigit(s[j]) || s[j] == '_' && j + 1 < n && isDigit(s[j + 1]))) {
            j++;
        }
        return j;
    }

    private int exponent(int j) {
        if (j < n && (s[j] | 0x20) == 'e') {
            int k = j + 1;
            if (k < n && (s[k] == '+' || s[k] == '-')) {
                k++;
            }
            if (k < n && isDigit(s[k])) {
                return digits(k);
            }
        }
        return j;
    }

    /** Scans the token at {@code i} that starts with neither a letter, a digit nor whitespace. */
    int symbol(char c, int i) {
        char next = i + 1 < n ? s[i + 1] : 0;
        kind = TokenKind.OP;
        switch (c) {
            case ',': kind = TokenKind.COMMA; return i + 1;
            case '(': kind = TokenKind.OPEN; return i + 1;
            case ')': kind = TokenKind.CLOSE; return i + 1;
            case '*': kind = TokenKind.STAR; return i + 1;
            case '\'': kind = TokenKind.PARAM; return string(i, '\'', dialect.backslashEscapes);
            case '"':
                if (dialect.doubleQuotedStrings) {
                    kind = TokenKind.PARAM;
                    return string(i, '"', true);
                }
                kind = TokenKind.QUOTED;
                return quoted(i, '"');
            case '`': kind = TokenKind.QUOTED; return quoted(i, '`');
            case '?': return question(i, next);
            case '$': return dollar(i, next);
            case ':': return colon(i, next);
            case '.':
                if (isDigit(next) && (i == 0 || !is(s[i - 1], CharClass.PART))) {
                    kind = TokenKind.NUMBER;
                    return exponent(digits(i + 1));
                }
                kind = TokenKind.DOT;
                return i + 1;
            case '[':
                if (dialect.bracketIdentifiers) {
                    kind = TokenKind.QUOTED;
                    return quoted(i, ']');
                }
                bracketDepth++;
                kind = TokenKind.OTHER;
                return i + 1;
            case ']':
                bracketDepth = Math.max(0, bracketDepth - 1);
                kind = TokenKind.CLOSE_BRACKET;
                return i + 1;
            case ';': case '{': case '}': kind = TokenKind.OTHER; return i + 1;
            case '-':
                if (next == '-' && (!dialect.dashDashNeedsSpace || i + 2 >= n || s[i + 2] <= ' ')) {
                    kind = TokenKind.SKIP;
                    return lineComment(i);
                }
                return i + 1;
            case '/':
                if (next == '*') {
                    kind = TokenKind.SKIP;
                    return blockComment(i);
                }
                return i + 1;
            case '#':
                if (dialect.hashComments) {
                    kind = TokenKind.SKIP;
                    return lineComment(i);
                }
                return i + 1;
            default:
                return i + 1;
        }
    }

    /** A string literal from its opening quote at {@code i}: doubled quotes and, if asked, backslashes escape. */
    private int string(int i, char quote, boolean backslashEscapes) {
        int j = i + 1;
        while (j < n) {
            int k = backslashEscapes ? quoteOrBackslash(j, quote) : sql.indexOf(quote, j);
            if (k < 0) {
                return n;
            }
            if (s[k] == '\\' || k + 1 < n && s[k + 1] == quote) {
                j = k + 2;
            } else {
                return k + 1;
            }
        }
        return n;
    }

    private int quoteOrBackslash(int from, char quote) {
        for (int k = from; k < n; k++) {
            if (s[k] == quote || s[k] == '\\') {
                return k;
            }
        }
        return -1;
    }

    /** A quoted identifier from its opening quote at {@code i}; a doubled closer escapes. */
    private int quoted(int i, char closer) {
        int j = i + 1;
        while (j < n) {
            int k = sql.indexOf(closer, j);
            if (k < 0) {
                return n;
            }
            if (k + 1 < n && s[k + 1] == closer) {
                j = k + 2;
            } else {
                return k + 1;
            }
        }
        return n;
    }

    /** {@code ?} and JPA's {@code ?1} are binds; pgjdbc's {@code ??} is the escaped {@code ?} operator. */
    private int question(int i, char next) {
        if (next == '?') {
            return i + 2;
        }
        int j = i + 1;
        while (j < n && isDigit(s[j])) {
            j++;
        }
        kind = TokenKind.PARAM;
        return j;
    }

    /** {@code $1} is a bind; {@code $$…$$} and {@code $tag$…$tag$} are strings where the dialect has them. */
    private int dollar(int i, char next) {
        if (dialect.dollarStartsIdentifier) {
            kind = TokenKind.WORD;
            return i;
        }
        if (isDigit(next)) {
            int j = i + 1;
            while (j < n && isDigit(s[j])) {
                j++;
            }
            kind = TokenKind.PARAM;
            return j;
        }
        if (dialect.dollarQuotes && (next == '$' || is(next, CharClass.START))) {
            int k = i + 1;
            while (k < n && k - i <= MAX_DOLLAR_TAG && s[k] != '$' && is(s[k], CharClass.PART)) {
                k++;
            }
            if (k < n && s[k] == '$') {
                String tag = k == i + 1 ? "$$" : sql.substring(i, k + 1);
                int close = sql.indexOf(tag, k + 1);
                kind = TokenKind.PARAM;
                return close < 0 ? n : close + tag.length();
            }
        }
        return i + 1;
    }

    /** {@code ::} is a cast; {@code :name} and {@code :1} are binds, except in an array slice {@code a[lo:hi]}. */
    private int colon(int i, char next) {
        if (next == ':') {
            return i + 2;
        }
        if (bracketDepth == 0 && is(next, CharClass.PART) && next != '$') {
            int j = i + 1;
            while (j < n && is(s[j], CharClass.PART)) {
                j++;
            }
            kind = TokenKind.PARAM;
            return j;
        }
        return i + 1;
    }

    private int lineComment(int i) {
        int j = i + 1;
        while (j < n && s[j] != '\n' && s[j] != '\r') {
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
            if (s[j] == '*' && j + 1 < n && s[j + 1] == '/') {
                j += 2;
                if (--depth == 0) {
                    return j;
                }
            } else if (s[j] == '/' && j + 1 < n && s[j + 1] == '*') {
                j += 2;
                depth++;
            } else {
                j++;
            }
        }
        return n;
    }
}
