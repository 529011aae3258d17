package io.perfloop.jdbc.fingerprint;

/**
 * What a character is to the lexer, from one table lookup: identifier start or part, digit,
 * whitespace, upper-case letter. Everything from U+0080 up is an identifier character, as in
 * PostgreSQL; control characters count as whitespace.
 */
final class CharClass {
    static final int SPACE = 1;
    static final int START = 2;
    static final int PART = 4;
    static final int DIGIT = 8;
    static final int UPPER = 16;
    /** Printable ASCII that is neither a letter, a digit nor {@code _}: punctuation and operators. */
    static final int SYMBOL = 32;

    private static final byte[] ASCII = new byte[128];

    static {
        for (int c = 0; c <= ' '; c++) {
            ASCII[c] = SPACE;
        }
        ASCII[0x7F] = SPACE;
        for (int c = 'a'; c <= 'z'; c++) {
            ASCII[c] = START | PART;
            ASCII[c - 'a' + 'A'] = START | PART | UPPER;
        }
        ASCII['_'] = START | PART;
        ASCII['$'] = PART;
        for (int c = '0'; c <= '9'; c++) {
            ASCII[c] = DIGIT | PART;
        }
        for (int c = '!'; c < 0x7F; c++) {
            if (ASCII[c] == 0) {
                ASCII[c] = SYMBOL;
            }
        }
    }

    /**
     * For ASCII: the character lower-cased if it continues an unquoted word ({@link #PART}), else 0;
     * one load per character in the word-copy loop.
     */
    static final char[] WORD_FOLDED = new char[128];

    static {
        for (int c = 0; c < 128; c++) {
            if ((ASCII[c] & PART) != 0) {
                WORD_FOLDED[c] = (char) ((ASCII[c] & UPPER) != 0 ? c + ('a' - 'A') : c);
            }
        }
    }

    private CharClass() {
    }

    static int of(char c) {
        return c < 0x80 ? ASCII[c] : START | PART;
    }
}
