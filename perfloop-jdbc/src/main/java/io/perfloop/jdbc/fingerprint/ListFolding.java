package io.perfloop.jdbc.fingerprint;

/**
 * Folds value lists whose length varies between executions of the same statement, while the
 * tokens stream out: {@code IN (?, ?, ?)} of any length becomes {@code in(?+)} and the rows of
 * {@code VALUES (?,?),(?,?)} become {@code values(?,?)+}.
 *
 * <p>Each list is a frame on a small stack, keyed by parenthesis depth. When an element ends, it
 * is compared with the element kept before it; an equal one is cut from the output at once, so a
 * list of a million binds never occupies more than one element of buffer. IN elements fold only
 * when made of binds/literals and parentheses (so {@code IN (SELECT …)} is left alone); VALUES
 * rows fold whatever they hold. A list that folded to a single run gets the {@code +} marker.
 * Frames deeper than {@link #MAX_FRAMES} are simply not folded.
 */
final class ListFolding {
    static final int NO_LIST = 0;
    static final int IN_LIST = 1;
    static final int VALUES_ROWS = 2;

    private static final int EXPECT_ROW = 0;
    private static final int IN_ROW = 1;
    private static final int AFTER_ROW = 2;

    private static final int ELEMENT_CONSTANT = 1;
    private static final int ALL_CONSTANT = 2;

    // frame layout in the int array
    private static final int KIND = 0;
    private static final int DEPTH = 1;
    private static final int STATE = 2;
    private static final int RUNS = 3;
    private static final int PREV_START = 4;
    private static final int PREV_END = 5;
    private static final int CUR_START = 6;
    private static final int FLAGS = 7;
    private static final int STRIDE = 8;
    private static final int MAX_FRAMES = 32;

    private int[] frames;
    private int top = -STRIDE;
    private int depth;

    /** Whether any list is open; when not, only parentheses need to be seen. */
    boolean active() {
        return top >= 0;
    }

    /** {@link #mode}: no list is open. */
    static final int NONE_OPEN = 0;
    /**
     * {@link #mode}: the innermost list is a VALUES row being read. Words, commas, binds and
     * operators pass through it untouched (its commas separate columns); parentheses do not.
     */
    static final int IN_VALUES_ROW = 1;
    /** {@link #mode}: the innermost list is an IN list. */
    static final int IN_LIST_ON_TOP = 2;
    /** {@link #mode}: the innermost list is VALUES rows between rows. */
    static final int BETWEEN_ROWS = 3;

    /** What the innermost open list lets the caller do without calling in; one of the constants above. */
    int mode() {
        if (top < 0) {
            return NONE_OPEN;
        }
        if (frames[top + KIND] == IN_LIST) {
            return IN_LIST_ON_TOP;
        }
        return frames[top + STATE] == IN_ROW ? IN_VALUES_ROW : BETWEEN_ROWS;
    }

    /**
     * Whether a lone bind or literal followed by a comma, at output length {@code len}, would be an
     * IN list element equal to the one kept before it, so that writing both and cutting them again
     * (what {@link #token} and {@link #comma} would do) leaves the output and the list as they are.
     */
    boolean dropsLoneConstant(char[] b, int len) {
        if (top < 0 || frames[top + KIND] != IN_LIST) {
            return false;
        }
        int f = top;
        return frames[f + DEPTH] == depth && frames[f + CUR_START] == len && frames[f + RUNS] > 0
            && (frames[f + FLAGS] & ELEMENT_CONSTANT) != 0
            && frames[f + PREV_END] - frames[f + PREV_START] == 1 && b[frames[f + PREV_START]] == '?';
    }

    /**
     * The list a word announces if a {@code (} follows: {@code in}, or {@code values} where it
     * starts rows ({@code x = values(x)}, MySQL's upsert function, is a call).
     */
    static int announcedBy(char[] b, int start, int end, int kindBefore) {
        int n = end - start;
        if (n == 2 && b[start] == 'i' && b[start + 1] == 'n') {
            return IN_LIST;
        }
        if (n == 6 && b[start] == 'v' && b[start + 1] == 'a' && b[start + 2] == 'l' && b[start + 3] == 'u'
            && b[start + 4] == 'e' && b[start + 5] == 's'
            && (kindBefore == TokenKind.NONE || kindBefore == TokenKind.WORD || kindBefore == TokenKind.QUOTED
                || kindBefore == TokenKind.CLOSE || kindBefore == TokenKind.OPEN)) {
            return VALUES_ROWS;
        }
        return NO_LIST;
    }

    /** Before any token other than a parenthesis or comma, while a list is open. */
    int token(char[] b, int len, int kind) {
        len = endRowLists(b, len);
        if (top >= 0 && frames[top + KIND] == IN_LIST && kind != TokenKind.PARAM && kind != TokenKind.NUMBER
            && kind != TokenKind.SIGN) {
            frames[top + FLAGS] &= ~ELEMENT_CONSTANT;
        }
        return len;
    }

    /** Writes {@code (}, opening the list a preceding word announced. Room for 1 char is needed. */
    int open(char[] b, int len, int announced) {
        if (top >= 0 && frames[top + KIND] == VALUES_ROWS) {
            if (frames[top + STATE] == EXPECT_ROW) {
                frames[top + CUR_START] = len;
                frames[top + STATE] = IN_ROW;
            } else if (frames[top + STATE] == AFTER_ROW) {
                len = endRowLists(b, len);
            }
        }
        if (announced == VALUES_ROWS) {
            push(VALUES_ROWS, depth, len);
        }
        b[len++] = '(';
        depth++;
        if (announced == IN_LIST) {
            push(IN_LIST, depth, len);
        }
        return len;
    }

    /** Writes {@code )}, and {@code +)} where it closes a folded IN list. Room for 2 chars is needed. */
    int close(char[] b, int len) {
        if (top >= 0) {
            len = endRowLists(b, len);
            if (top >= 0 && frames[top + KIND] == IN_LIST && frames[top + DEPTH] == depth) {
                len = endElement(b, len);
                if (frames[top + RUNS] == 1 && (frames[top + FLAGS] & ALL_CONSTANT) != 0) {
                    b[len++] = '+';
                }
                top -= STRIDE;
            }
        }
        b[len++] = ')';
        depth--;
        if (top >= 0 && frames[top + KIND] == VALUES_ROWS && frames[top + STATE] == IN_ROW && frames[top + DEPTH] == depth) {
            frames[top + STATE] = AFTER_ROW;
        }
        return len;
    }

    /** Writes {@code ,}, first dropping the element it ends if that repeats the one before. Room for 1 char. */
    int comma(char[] b, int len) {
        while (top >= 0 && frames[top + KIND] == VALUES_ROWS && frames[top + STATE] == EXPECT_ROW) {
            top -= STRIDE;
        }
        if (top >= 0) {
            if (frames[top + KIND] == VALUES_ROWS && frames[top + STATE] == AFTER_ROW) {
                len = endElement(b, len);
                b[len++] = ',';
                frames[top + STATE] = EXPECT_ROW;
                return len;
            }
            if (frames[top + KIND] == IN_LIST && frames[top + DEPTH] == depth) {
                len = endElement(b, len);
                b[len++] = ',';
                frames[top + CUR_START] = len;
                frames[top + FLAGS] |= ELEMENT_CONSTANT;
                return len;
            }
        }
        b[len++] = ',';
        return len;
    }

    /** At the end of input: row lists that were complete get their marker, the rest is dropped. */
    int finish(char[] b, int len) {
        while (top >= 0) {
            if (frames[top + KIND] == VALUES_ROWS && frames[top + STATE] == AFTER_ROW) {
                len = endRowList(b, len);
            }
            top -= STRIDE;
        }
        return len;
    }

    /** Ends the VALUES lists on top that are not inside a row: the token seen is not a row. */
    private int endRowLists(char[] b, int len) {
        while (top >= 0 && frames[top + KIND] == VALUES_ROWS && frames[top + STATE] != IN_ROW) {
            if (frames[top + STATE] == AFTER_ROW) {
                len = endRowList(b, len);
            }
            top -= STRIDE;
        }
        return len;
    }

    /** Only ever shortens the output or keeps it, then adds one char: room for 1 char is needed. */
    private int endRowList(char[] b, int len) {
        len = endElement(b, len);
        if (frames[top + RUNS] == 1) {
            b[len++] = '+';
        }
        return len;
    }

    /** The current element is complete: drop it if it repeats the one kept before it. */
    private int endElement(char[] b, int len) {
        int f = top;
        int start = frames[f + CUR_START];
        boolean constant = (frames[f + FLAGS] & ELEMENT_CONSTANT) != 0;
        if (!constant) {
            frames[f + FLAGS] &= ~ALL_CONSTANT;
        }
        if (len == start && frames[f + RUNS] == 0) {
            return len;
        }
        boolean foldable = constant || frames[f + KIND] == VALUES_ROWS;
        if (foldable && frames[f + RUNS] > 0 && sameText(b, frames[f + PREV_START], frames[f + PREV_END], start, len)) {
            return frames[f + PREV_END];
        }
        frames[f + RUNS]++;
        frames[f + PREV_START] = start;
        frames[f + PREV_END] = len;
        return len;
    }

    /** A plain loop: elements are mostly one to a dozen chars, too short for Arrays.equals to pay off. */
    private static boolean sameText(char[] b, int aStart, int aEnd, int bStart, int bEnd) {
        if (aEnd - aStart != bEnd - bStart) {
            return false;
        }
        for (int k = 0; k < aEnd - aStart; k++) {
            if (b[aStart + k] != b[bStart + k]) {
                return false;
            }
        }
        return true;
    }

    private void push(int kind, int atDepth, int curStart) {
        if (frames == null) {
            frames = new int[4 * STRIDE];
        } else if (top + STRIDE >= frames.length) {
            if (frames.length >= MAX_FRAMES * STRIDE) {
                return;
            }
            frames = java.util.Arrays.copyOf(frames, frames.length * 2);
        }
        top += STRIDE;
        frames[top + KIND] = kind;
        frames[top + DEPTH] = atDepth;
        frames[top + STATE] = IN_ROW;
        frames[top + RUNS] = 0;
        frames[top + CUR_START] = curStart;
        frames[top + FLAGS] = ELEMENT_CONSTANT | ALL_CONSTANT;
    }
}
