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
    private static final int NO_LIST = 0;
    private static final int IN_LIST = 1;
    private static final int VALUES_ROWS = 2;

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

    private final TokenWriter out;
    private int[] frames;
    private int top = -STRIDE;
    private int depth;
    private int pending = NO_LIST;

    ListFolding(TokenWriter out) {
        this.out = out;
    }

    /** Called before any token other than a parenthesis or comma. */
    void token(int kind) {
        pending = NO_LIST;
        if (top < 0) {
            return;
        }
        endRowLists();
        if (top >= 0 && frames[top + KIND] == IN_LIST && kind != TokenWriter.PARAM && kind != TokenWriter.SIGN) {
            frames[top + FLAGS] &= ~ELEMENT_CONSTANT;
        }
    }

    /** Called after a word: {@code in} and {@code values} announce a list if a {@code (} follows. */
    void afterWord(int start, int end, int kindBefore) {
        int n = end - start;
        if (n == 2 && out.buf[start] == 'i' && out.buf[start + 1] == 'n') {
            pending = IN_LIST;
        } else if (n == 6 && out.regionIs(start, "values") && rowListMayFollow(kindBefore)) {
            pending = VALUES_ROWS;
        }
    }

    /** {@code x = values(x)} (MySQL's upsert function) is a call, not a row list. */
    private static boolean rowListMayFollow(int kindBefore) {
        return kindBefore == TokenWriter.NONE || kindBefore == TokenWriter.WORD || kindBefore == TokenWriter.QUOTED
            || kindBefore == TokenWriter.CLOSE || kindBefore == TokenWriter.OPEN;
    }

    void open() {
        int announced = pending;
        pending = NO_LIST;
        if (top >= 0 && frames[top + KIND] == VALUES_ROWS) {
            if (frames[top + STATE] == EXPECT_ROW) {
                frames[top + CUR_START] = out.len;
                frames[top + STATE] = IN_ROW;
            } else if (frames[top + STATE] == AFTER_ROW) {
                endRowLists();
            }
        }
        if (announced == VALUES_ROWS) {
            push(VALUES_ROWS, depth, IN_ROW, ELEMENT_CONSTANT | ALL_CONSTANT);
        }
        out.put('(', TokenWriter.OPEN);
        depth++;
        if (announced == IN_LIST) {
            push(IN_LIST, depth, IN_ROW, ELEMENT_CONSTANT | ALL_CONSTANT);
        }
    }

    void close() {
        pending = NO_LIST;
        if (top >= 0) {
            endRowLists();
            if (top >= 0 && frames[top + KIND] == IN_LIST && frames[top + DEPTH] == depth) {
                endElement();
                if (frames[top + RUNS] == 1 && (frames[top + FLAGS] & ALL_CONSTANT) != 0) {
                    out.put('+', TokenWriter.CLOSE);
                }
                top -= STRIDE;
            }
        }
        out.put(')', TokenWriter.CLOSE);
        depth--;
        if (top >= 0 && frames[top + KIND] == VALUES_ROWS && frames[top + STATE] == IN_ROW && frames[top + DEPTH] == depth) {
            frames[top + STATE] = AFTER_ROW;
        }
    }

    void comma() {
        pending = NO_LIST;
        while (top >= 0 && frames[top + KIND] == VALUES_ROWS && frames[top + STATE] == EXPECT_ROW) {
            top -= STRIDE;
        }
        if (top >= 0) {
            if (frames[top + KIND] == VALUES_ROWS && frames[top + STATE] == AFTER_ROW) {
                endElement();
                out.put(',', TokenWriter.COMMA);
                frames[top + STATE] = EXPECT_ROW;
                return;
            }
            if (frames[top + KIND] == IN_LIST && frames[top + DEPTH] == depth) {
                endElement();
                out.put(',', TokenWriter.COMMA);
                frames[top + CUR_START] = out.len;
                frames[top + FLAGS] |= ELEMENT_CONSTANT;
                return;
            }
        }
        out.put(',', TokenWriter.COMMA);
    }

    /** At the end of input: row lists that were complete get their marker, the rest is dropped. */
    void finish() {
        while (top >= 0) {
            if (frames[top + KIND] == VALUES_ROWS && frames[top + STATE] == AFTER_ROW) {
                endRowList();
            }
            top -= STRIDE;
        }
    }

    /** Ends the VALUES lists on top that are not inside a row: the token seen is not a row. */
    private void endRowLists() {
        while (top >= 0 && frames[top + KIND] == VALUES_ROWS && frames[top + STATE] != IN_ROW) {
            if (frames[top + STATE] == AFTER_ROW) {
                endRowList();
            }
            top -= STRIDE;
        }
    }

    private void endRowList() {
        endElement();
        if (frames[top + RUNS] == 1) {
            out.put('+', TokenWriter.CLOSE);
        }
    }

    /** The current element is complete: drop it if it repeats the one kept before it. */
    private void endElement() {
        int f = top;
        int start = frames[f + CUR_START];
        int end = out.len;
        boolean constant = (frames[f + FLAGS] & ELEMENT_CONSTANT) != 0;
        if (!constant) {
            frames[f + FLAGS] &= ~ALL_CONSTANT;
        }
        if (end == start && frames[f + RUNS] == 0) {
            return;
        }
        boolean foldable = constant || frames[f + KIND] == VALUES_ROWS;
        if (foldable && frames[f + RUNS] > 0 && sameText(frames[f + PREV_START], frames[f + PREV_END], start, end)) {
            out.len = frames[f + PREV_END];
            return;
        }
        frames[f + RUNS]++;
        frames[f + PREV_START] = start;
        frames[f + PREV_END] = end;
    }

    private boolean sameText(int aStart, int aEnd, int bStart, int bEnd) {
        if (aEnd - aStart != bEnd - bStart) {
            return false;
        }
        char[] b = out.buf;
        for (int i = 0; i < aEnd - aStart; i++) {
            if (b[aStart + i] != b[bStart + i]) {
                return false;
            }
        }
        return true;
    }

    private void push(int kind, int atDepth, int state, int flags) {
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
        frames[top + STATE] = state;
        frames[top + RUNS] = 0;
        frames[top + CUR_START] = out.len;
        frames[top + FLAGS] = flags;
    }
}
