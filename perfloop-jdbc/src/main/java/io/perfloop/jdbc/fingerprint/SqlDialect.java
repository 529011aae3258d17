package io.perfloop.jdbc.fingerprint;

import java.util.Locale;

/**
 * The lexical conventions a fingerprint is taken under. Only what changes the meaning of
 * characters is modelled (which quotes delimit strings, which start comments); grammar is not.
 */
public enum SqlDialect {
    /**
     * ANSI SQL as PostgreSQL, H2, Oracle and HSQLDB read it, the default: {@code "..."} and
     * {@code `...`} are quoted identifiers, block comments nest, {@code $$...$$} /
     * {@code $tag$...$tag$} are strings, {@code $1} is a bind marker, {@code [} is an array
     * subscript.
     */
    STANDARD(false, false, false, false, true, true, false, false),

    /**
     * MySQL and MariaDB without {@code ANSI_QUOTES}: {@code "..."} is a string, backslash escapes
     * inside strings, {@code #} starts a comment, {@code --} needs a following space to be one,
     * block comments do not nest, {@code $} is an identifier character.
     */
    MYSQL(true, true, true, true, false, false, false, true),

    /**
     * SQL Server: {@code [...]} and {@code "..."} are quoted identifiers, block comments nest,
     * {@code $} is an identifier character.
     */
    SQLSERVER(false, false, false, false, true, false, true, true);

    final boolean doubleQuotedStrings;
    final boolean backslashEscapes;
    final boolean hashComments;
    final boolean dashDashNeedsSpace;
    final boolean nestedComments;
    final boolean dollarQuotes;
    final boolean bracketIdentifiers;
    final boolean dollarStartsIdentifier;

    SqlDialect(boolean doubleQuotedStrings, boolean backslashEscapes, boolean hashComments,
               boolean dashDashNeedsSpace, boolean nestedComments, boolean dollarQuotes, boolean bracketIdentifiers,
               boolean dollarStartsIdentifier) {
        this.doubleQuotedStrings = doubleQuotedStrings;
        this.backslashEscapes = backslashEscapes;
        this.hashComments = hashComments;
        this.dashDashNeedsSpace = dashDashNeedsSpace;
        this.nestedComments = nestedComments;
        this.dollarQuotes = dollarQuotes;
        this.bracketIdentifiers = bracketIdentifiers;
        this.dollarStartsIdentifier = dollarStartsIdentifier;
    }

    /**
     * Picks the dialect from a JDBC URL: {@code jdbc:mysql:} and {@code jdbc:mariadb:} give
     * {@link #MYSQL}, {@code jdbc:sqlserver:} and {@code jdbc:jtds:sqlserver:} give
     * {@link #SQLSERVER}, anything else (PostgreSQL, H2, Oracle, null) gives {@link #STANDARD}.
     * A leading {@code jdbc:perfloop:} is looked through.
     *
     * @param jdbcUrl the URL the application connects with, may be null
     * @return the dialect to fingerprint that connection's statements with, never null
     */
    public static SqlDialect fromJdbcUrl(String jdbcUrl) {
        if (jdbcUrl == null) {
            return STANDARD;
        }
        String url = jdbcUrl.toLowerCase(Locale.ROOT);
        if (url.startsWith("jdbc:perfloop:")) {
            url = url.substring("jdbc:perfloop:".length());
            if (!url.startsWith("jdbc:")) {
                url = "jdbc:" + url;
            }
        }
        if (url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:")) {
            return MYSQL;
        }
        if (url.startsWith("jdbc:sqlserver:") || url.startsWith("jdbc:jtds:sqlserver:")) {
            return SQLSERVER;
        }
        return STANDARD;
    }
}
