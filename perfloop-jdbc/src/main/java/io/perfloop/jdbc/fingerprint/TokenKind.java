package io.perfloop.jdbc.fingerprint;

/** What a token is, as far as spacing, signs and list folding care. Ints, not an enum: hot path. */
final class TokenKind {
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
    /** A numeric literal: a {@link #PARAM} that swallows a {@link #SIGN} written before it. */
    static final int NUMBER = 13;
    /** A comment: nothing to write. */
    static final int SKIP = 14;

    /** Kinds after which a word-like token is separated by a space. */
    static final int SPACE_AFTER = bit(WORD) | bit(QUOTED) | bit(PARAM) | bit(STAR) | bit(CLOSE) | bit(CLOSE_BRACKET);
    /** Word-like kinds: they get a space after a {@link #SPACE_AFTER} kind. */
    static final int SPACE_BEFORE = bit(WORD) | bit(QUOTED) | bit(PARAM) | bit(STAR);
    /** Kinds after which {@code +}/{@code -} is a sign, not a binary operator. */
    static final int SIGN_AFTER = bit(NONE) | bit(OP) | bit(SIGN) | bit(OPEN) | bit(COMMA) | bit(STAR) | bit(OTHER);

    private TokenKind() {
    }

    static boolean spaceBetween(int last, int next) {
        return (SPACE_AFTER >>> last & SPACE_BEFORE >>> next & 1) != 0;
    }

    private static int bit(int kind) {
        return 1 << kind;
    }
}
