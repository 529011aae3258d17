package io.perfloop.jdbc.fingerprint;

import static io.perfloop.jdbc.fingerprint.TokenKind.CLOSE;
import static io.perfloop.jdbc.fingerprint.TokenKind.COMMA;
import static io.perfloop.jdbc.fingerprint.TokenKind.NONE;
import static io.perfloop.jdbc.fingerprint.TokenKind.NUMBER;
import static io.perfloop.jdbc.fingerprint.TokenKind.OP;
import static io.perfloop.jdbc.fingerprint.TokenKind.OPEN;
import static io.perfloop.jdbc.fingerprint.TokenKind.PARAM;
import static io.perfloop.jdbc.fingerprint.TokenKind.QUOTED;
import static io.perfloop.jdbc.fingerprint.TokenKind.SIGN;
import static io.perfloop.jdbc.fingerprint.TokenKind.SKIP;
import static io.perfloop.jdbc.fingerprint.TokenKind.STAR;
import static io.perfloop.jdbc.fingerprint.TokenKind.WORD;

import java.util.Arrays;

/**
 * The one pass: takes tokens from a {@link TokenScanner} and writes their normalised form. The
 * output state (buffer, length, last token kind) lives in local variables of {@link #run}'s loop,
 * which handles the tokens most statements are made of (whitespace, words, plain punctuation, list
 * punctuation, repeated IN elements); only the rest go through {@link #token}, with the state in
 * fields for the call. Every change here is checked against {@code CorpusTest}'s frozen outputs.
 *
 * <p>Spacing depends on token kinds only, never on the input's whitespace: one space between two
 * word-like tokens ({@code select o1_0.id}, {@code =? and}), none elsewhere ({@code o1_0.id=?},
 * {@code count(*)}, {@code x::int}).
 */
final class Fingerprinter {
    /** Keywords after which a {@code -} or {@code +} starts a signed literal. */
    private static final String[] SIGN_KEYWORDS = {
        "select", "where", "and", "or", "not", "when", "then", "else", "case", "between", "like",
        "ilike", "is", "limit", "offset", "having", "on", "return", "distinct", "all", "any", "some",
        "escape", "default", "by", "top", "first", "next", "set",
    };

    /** Characters with a fast path: {@code , ( ) ? = < >}. */
    private static final long FAST = 1L << ',' | 1L << '(' | 1L << ')' | 1L << '?' | 1L << '=' | 1L << '<' | 1L << '>';

    private final char[] s;
    private final TokenScanner scanner;
    private final ListFolding lists = new ListFolding();
    private final boolean dollarStartsWord;

    Fingerprinter(String sql, SqlDialect dialect) {
        this.s = sql.toCharArray();
        this.scanner = new TokenScanner(sql, s, dialect);
        this.dollarStartsWord = dialect.dollarStartsIdentifier;
    }

    // The output state. The hot loop of run() keeps it in locals and hands it over through these
    // fields only around a call to token(), for the tokens it does not handle itself.
    private char[] b;
    private int len;
    private int last = NONE;
    private int lastWordStart;
    private int signStart;
    private int kindBeforeSign = NONE;
    private int announced = ListFolding.NO_LIST;

    /**
     * Fingerprints the whole input, appending {@code marker} if not null. The loop handles what
     * makes up most of real statements itself (whitespace; words and {@code , ? = < >} where no
     * list is folding or inside a VALUES row; {@code ( ) ,} everywhere; repeated IN elements) and
     * hands every other token to {@link #token}: profiled, one loop body over every rule cost a
     * fifth more on a Hibernate select than this split.
     */
    String run(String marker) {
        final char[] s = this.s;
        final int n = s.length;
        char[] b = new char[n + 16];
        int len = 0;
        int last = NONE;
        int announced = ListFolding.NO_LIST;
        // what the open lists allow, in a local (ListFolding.NONE_OPEN ...): only token() changes the lists
        int listMode = ListFolding.NONE_OPEN;
        int i = 0;
        while (i < n) {
            char c = s[i];
            int type = CharClass.of(c);
            if (type == CharClass.SPACE) {
                i++;
                continue;
            }
            if (len + (n - i) + 8 > b.length) {
                // room for the rest of the input plus a little: a token never writes more than it
                // reads plus a space and a fold marker, so only output that runs ahead grows the buffer
                b = grow(b, len, n - i + 8);
            }
            if (listMode == ListFolding.IN_LIST_ON_TOP && last == COMMA && lists.dropsLoneConstant(b, len)) {
                // inside a folding IN list: a bind or number that repeats the element before, and
                // its comma, leave no trace (output and lists stay as they are); skipped, as many as
                // follow, without writing and cutting them
                int next = skipLoneConstants(i);
                if (next != i) {
                    i = next;
                    continue;
                }
            }
            if (listMode <= ListFolding.IN_VALUES_ROW) {
                if ((type & CharClass.START) != 0 && (i + 1 >= n || s[i + 1] != '\'' && s[i + 1] != '&')) {
                    // a word (not a string prefix such as E'): copied lower-cased while it is scanned
                    if (TokenKind.spaceBetween(last, WORD)) {
                        b[len++] = ' ';
                    }
                    int start = len;
                    len = copyWord(s, i, b, len);
                    i += len - start;
                    announced = ListFolding.announcedBy(b, start, len, last);
                    last = WORD;
                    // runs like "a,b,c" and "from t x join": the next word without a round of the main loop
                    while (i + 1 < n && (s[i] == ' ' || s[i] == ',' && announced == ListFolding.NO_LIST)
                        && (CharClass.of(s[i + 1]) & CharClass.START) != 0
                        && (i + 2 >= n || s[i + 2] != '\'' && s[i + 2] != '&')) {
                        int before = s[i] == ' ' ? WORD : COMMA;
                        b[len++] = s[i++];
                        start = len;
                        len = copyWord(s, i, b, len);
                        i += len - start;
                        announced = ListFolding.announcedBy(b, start, len, before);
                    }
                    lastWordStart = start;
                    continue;
                }
                if (c < 64 && (FAST >>> c & 1) != 0 && announced == ListFolding.NO_LIST
                    && (c != '(' && c != ')' || listMode == ListFolding.NONE_OPEN)) {
                    // the commonest punctuation, when no list is being folded (or inside a VALUES
                    // row, for all but the parentheses that lists are matched by): no scanner, no list logic
                    if (c == ',') {
                        b[len++] = ',';
                        last = COMMA;
                        i++;
                        continue;
                    } else if (c == '(') {
                        b[len++] = '(';
                        last = OPEN;
                        i++;
                        continue;
                    } else if (c == ')') {
                        b[len++] = ')';
                        last = CLOSE;
                        i++;
                        continue;
                    }
                    char next = i + 1 < n ? s[i + 1] : 0;
                    if (c == '?' && next != '?' && (CharClass.of(next) & CharClass.DIGIT) == 0) {
                        if (TokenKind.spaceBetween(last, PARAM)) {
                            b[len++] = ' ';
                        }
                        b[len++] = '?';
                        last = PARAM;
                        i++;
                        continue;
                    } else if (c != '?' && (next == 0 || (CharClass.of(next) & CharClass.SYMBOL) == 0 || next == '(' || next == '\'')) {
                        // = < > alone, not part of a comment opener or a longer operator
                        b[len++] = c;
                        last = OP;
                        i++;
                        continue;
                    }
                }
            }
            if (c == '(' || c == ')' || c == ',') {
                // list punctuation where a list is open or announced: straight to the list logic
                if (c == '(') {
                    len = lists.open(b, len, announced);
                    last = OPEN;
                } else if (c == ')') {
                    len = lists.close(b, len);
                    last = CLOSE;
                } else {
                    len = lists.comma(b, len);
                    last = COMMA;
                }
                announced = ListFolding.NO_LIST;
                listMode = lists.mode();
                i++;
                continue;
            }
            this.b = b;
            this.len = len;
            this.last = last;
            this.announced = announced;
            i = token(c, type, i);
            b = this.b;
            len = this.len;
            last = this.last;
            announced = this.announced;
            listMode = lists.mode();
        }
        len = lists.finish(b, len);
        while (len > 0 && b[len - 1] == ';') {
            len--;
        }
        if (marker != null) {
            b = grow(b, len, marker.length());
            marker.getChars(0, marker.length(), b, len);
            len += marker.length();
        }
        return new String(b, 0, len);
    }

    /**
     * Skips the elements made of one bind or number followed by a comma from {@code i} (at a
     * non-space), and the whitespace after them; returns where the first other token starts.
     */
    private int skipLoneConstants(int i) {
        final char[] s = this.s;
        final int n = s.length;
        while (i < n) {
            char c = s[i];
            int end = c == '?' ? loneBindEnd(s, i) : c >= '0' && c <= '9' ? scanner.number(i) : -1;
            if (end < 0) {
                return i;
            }
            while (end < n && CharClass.of(s[end]) == CharClass.SPACE) {
                end++;
            }
            if (end >= n || s[end] != ',') {
                return i;
            }
            i = end + 1;
            while (i < n && CharClass.of(s[i]) == CharClass.SPACE) {
                i++;
            }
        }
        return i;
    }

    /** End of the bind marker {@code ?} or {@code ?12} at {@code i}; -1 for {@code ??}, an operator. */
    private static int loneBindEnd(char[] s, int i) {
        int j = i + 1;
        if (j < s.length && s[j] == '?') {
            return -1;
        }
        while (j < s.length && s[j] >= '0' && s[j] <= '9') {
            j++;
        }
        return j;
    }

    /**
     * Copies the word starting at {@code i}, qualified names included, lower-cased, to {@code b}
     * at {@code len}; returns the new output length (the word's length in the input and the output
     * is the same).
     */
    private static int copyWord(char[] s, int i, char[] b, int len) {
        final int n = s.length;
        while (i < n) {
            char w = s[i];
            char folded = w < 128 ? CharClass.WORD_FOLDED[w] : w;
            if (folded == 0) {
                if (w != '.' || i + 1 >= n || (CharClass.of(s[i + 1]) & CharClass.START) == 0) {
                    break;
                }
                folded = '.';
            }
            b[len++] = folded;
            i++;
        }
        return len;
    }

    /**
     * Writes any token that is neither whitespace nor handled by {@link #run}'s loop, with the
     * output state in fields; returns where the next token starts.
     */
    private int token(char c, int type, int i) {
        final char[] s = this.s;
        final int n = s.length;
        final char[] b = this.b;
        int len = this.len;
        int last = this.last;
        int end;
        int kind;
        if ((type & CharClass.START) != 0 || c == '$' && dollarStartsWord) {
            end = i + 1 < n && (s[i + 1] == '\'' || s[i + 1] == '&') ? scanner.prefixedLiteral(i) : -1;
            if (end < 0) {
                if (lists.active()) {
                    len = lists.token(b, len, WORD);
                }
                if (TokenKind.spaceBetween(last, WORD)) {
                    b[len++] = ' ';
                }
                int start = len;
                len = copyWord(s, i, b, len);
                i += len - start;
                this.announced = ListFolding.announcedBy(b, start, len, last);
                this.lastWordStart = start;
                this.last = WORD;
                this.len = len;
                return i;
            }
            kind = PARAM;
        } else if ((type & CharClass.DIGIT) != 0) {
            end = scanner.number(i);
            kind = NUMBER;
        } else if (c == ',') {
            end = i + 1;
            kind = COMMA;
        } else {
            end = scanner.symbol(c, i);
            kind = scanner.kind;
        }
        if (kind == SKIP) {
            return end;
        }
        if (kind == OPEN) {
            len = lists.open(b, len, this.announced);
            last = OPEN;
        } else if (kind == CLOSE) {
            len = lists.close(b, len);
            last = CLOSE;
        } else if (kind == COMMA) {
            len = lists.comma(b, len);
            last = COMMA;
        } else if (kind == OP) {
            for (int k = i; k < end; k++) {
                char op = s[k];
                boolean sign = end - i == 1 && (op == '-' || op == '+') && signPosition(b, len, last, lastWordStart);
                if (lists.active()) {
                    len = lists.token(b, len, sign ? SIGN : OP);
                }
                int start = len;
                if (needsGuard(b, len, last, op)) {
                    b[len++] = ' ';
                }
                b[len++] = op;
                if (sign) {
                    signStart = start;
                    kindBeforeSign = last;
                }
                last = sign ? SIGN : OP;
            }
        } else {
            if (kind == NUMBER && last == SIGN) {
                len = signStart;
                last = kindBeforeSign;
            }
            if (lists.active()) {
                len = lists.token(b, len, kind);
            }
            if (kind == NUMBER) {
                kind = PARAM;
            }
            if (TokenKind.spaceBetween(last, kind)) {
                b[len++] = ' ';
            }
            if (kind == PARAM) {
                b[len++] = '?';
            } else if (kind == QUOTED) {
                System.arraycopy(s, i, b, len, end - i);
                len += end - i;
            } else {
                if (kind == STAR && needsGuard(b, len, last, c)) {
                    b[len++] = ' ';
                }
                b[len++] = c;
            }
            last = kind;
        }
        this.len = len;
        this.last = last;
        this.announced = ListFolding.NO_LIST;
        return end;
    }

    private static char[] grow(char[] b, int len, int extra) {
        return len + extra + 2 <= b.length ? b : Arrays.copyOf(b, Math.max(b.length * 2, len + extra + 16));
    }

    /** Keeps {@code - -} and {@code / *} apart so the output never reads as a comment. */
    private static boolean needsGuard(char[] b, int len, int last, char c) {
        if (len == 0 || last != OP && last != SIGN && last != STAR) {
            return false;
        }
        char p = b[len - 1];
        return p == '-' && c == '-' || p == '/' && c == '*';
    }

    /** Whether a {@code +}/{@code -} here is a sign: after an operator, a parenthesis, or a keyword like WHERE. */
    private static boolean signPosition(char[] b, int len, int last, int lastWordStart) {
        if ((TokenKind.SIGN_AFTER >>> last & 1) != 0) {
            return true;
        }
        if (last != WORD) {
            return false;
        }
        for (String keyword : SIGN_KEYWORDS) {
            if (wordIs(b, lastWordStart, len, keyword)) {
                return true;
            }
        }
        return false;
    }

    private static boolean wordIs(char[] b, int start, int end, String keyword) {
        if (end - start != keyword.length()) {
            return false;
        }
        for (int k = 0; k < keyword.length(); k++) {
            if (b[start + k] != keyword.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
