package io.perfloop.jdbc.fingerprint;

import java.util.Arrays;

/**
 * Writes normalised tokens into a growable char buffer and decides the spacing between them, so
 * that the fingerprint depends on the tokens only, never on the input's whitespace: one space
 * between two word-like tokens ({@code select o1_0.id}, {@code =? and}), none elsewhere
 * ({@code o1_0.id=?}, {@code count(*)}, {@code x::int}).
 */
final class TokenWriter {
    static final int NONE = 0;
    static final int WORD = 1;
    static final int QUOTED = 2;
    static final int PARAM = 3;
    static final int STAR = 4;
    static final int CLOSE = 5;
    static final int CLOSE_BRACKET = 6;
    static final int OPEN = 7;
    static final int COMMA = 8;
    static final int DOT = 9;
    static final int OP = 10;
    static final int SIGN = 11;
    static final int OTHER = 12;

    /** Kinds after which a word-like token is separated by a space. */
    private static final int SPACE_AFTER = bit(WORD) | bit(QUOTED) | bit(PARAM) | bit(STAR) | bit(CLOSE) | bit(CLOSE_BRACKET);
    /** Word-like kinds: they get a space after a {@link #SPACE_AFTER} kind. */
    private static final int SPACE_BEFORE = bit(WORD) | bit(QUOTED) | bit(PARAM) | bit(STAR);
    /** Kinds after which {@code +}/{@code -} is a sign, not a binary operator. */
    private static final int SIGN_AFTER = bit(NONE) | bit(OP) | bit(SIGN) | bit(OPEN) | bit(COMMA) | bit(STAR) | bit(OTHER);
    /** Keywords after which a {@code -} or {@code +} starts a signed literal. */
    private static final String[] SIGN_KEYWORDS = {
        "select", "where", "and", "or", "not", "when", "then", "else", "case", "between", "like",
        "ilike", "is", "limit", "offset", "having", "on", "return", "distinct", "all", "any", "some",
        "escape", "default", "by", "top", "first", "next", "set",
    };

    char[] buf;
    int len;
    int last = NONE;
    private int lastWordStart;
    private int signStart;
    private int kindBeforeSign;
    private final ListFolding lists = new ListFolding(this);

    TokenWriter(int capacity) {
        buf = new char[capacity];
    }

    private static int bit(int kind) {
        return 1 << kind;
    }

    /** Appends an unquoted identifier or keyword, ASCII lower-cased (as PostgreSQL folds names). */
    void word(String sql, int from, int to) {
        lists.token(WORD);
        ensure(to - from + 1);
        space(WORD);
        char[] b = buf;
        int n = len;
        lastWordStart = n;
        for (int i = from; i < to; i++) {
            char c = sql.charAt(i);
            b[n++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        int before = last;
        len = n;
        last = WORD;
        lists.afterWord(lastWordStart, n, before);
    }

    /** Appends a quoted identifier exactly as written, quotes included. */
    void quoted(String sql, int from, int to) {
        lists.token(QUOTED);
        ensure(to - from + 1);
        space(QUOTED);
        sql.getChars(from, to, buf, len);
        len += to - from;
        last = QUOTED;
    }

    /** Appends a literal or bind marker as {@code ?}. */
    void param() {
        lists.token(PARAM);
        ensure(2);
        space(PARAM);
        buf[len++] = '?';
        last = PARAM;
    }

    /** Appends a numeric literal as {@code ?}, swallowing a sign written just before it. */
    void number() {
        if (last == SIGN) {
            len = signStart;
            last = kindBeforeSign;
        }
        param();
    }

    /** Appends one operator character; {@code +}/{@code -} in operand position become a sign. */
    void op(char c) {
        boolean sign = (c == '-' || c == '+') && signPosition();
        int before = last;
        int start = len;
        lists.token(sign ? SIGN : OP);
        ensure(2);
        guard(c);
        buf[len++] = c;
        last = sign ? SIGN : OP;
        if (sign) {
            signStart = start;
            kindBeforeSign = before;
        }
    }

    /** Appends {@code *}, spaced like a word ({@code select * from}) but never inside {@code count(*)}. */
    void star() {
        lists.token(STAR);
        ensure(3);
        space(STAR);
        guard('*');
        buf[len++] = '*';
        last = STAR;
    }

    /** Appends punctuation that is neither a word nor an operator: {@code . ; [ ] { }}. */
    void punct(char c, int kind) {
        lists.token(kind);
        put(c, kind);
    }

    void open() {
        lists.open();
    }

    void close() {
        lists.close();
    }

    void comma() {
        lists.comma();
    }

    /** Raw append of one structural character; used by {@link ListFolding}. */
    void put(char c, int kind) {
        ensure(1);
        buf[len++] = c;
        last = kind;
    }

    /** Ends the fingerprint: open value lists are closed and trailing semicolons dropped. */
    String finish(String truncationMarker) {
        lists.finish();
        while (len > 0 && buf[len - 1] == ';') {
            len--;
        }
        if (truncationMarker != null) {
            ensure(truncationMarker.length());
            truncationMarker.getChars(0, truncationMarker.length(), buf, len);
            len += truncationMarker.length();
        }
        return new String(buf, 0, len);
    }

    private void space(int kind) {
        if ((SPACE_AFTER >>> last & SPACE_BEFORE >>> kind & 1) != 0) {
            buf[len++] = ' ';
        }
    }

    /** Keeps {@code - -} and {@code / *} apart so the output never reads as a comment. */
    private void guard(char c) {
        if (len > 0 && (last == OP || last == SIGN || last == STAR)) {
            char p = buf[len - 1];
            if (p == '-' && c == '-' || p == '/' && c == '*') {
                buf[len++] = ' ';
            }
        }
    }

    private boolean signPosition() {
        if ((SIGN_AFTER >>> last & 1) != 0) {
            return true;
        }
        if (last != WORD) {
            return false;
        }
        int n = len - lastWordStart;
        for (String keyword : SIGN_KEYWORDS) {
            if (keyword.length() == n && regionIs(lastWordStart, keyword)) {
                return true;
            }
        }
        return false;
    }

    boolean regionIs(int from, String text) {
        for (int i = 0; i < text.length(); i++) {
            if (buf[from + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void ensure(int extra) {
        if (len + extra + 1 > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + extra + 16));
        }
    }
}
