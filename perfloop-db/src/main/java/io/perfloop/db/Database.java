package io.perfloop.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One connection to the database being examined, opened from a JDBC URL, with its dialect and
 * major version. perfloop opens its own connection (never a pooled application one) because it
 * changes session settings and runs transactions it always rolls back.
 */
public final class Database implements AutoCloseable {
    private static final Pattern SECRET = Pattern.compile("(?i)(password|passwd|pwd)=[^&;]*");
    private static final int LOGIN_TIMEOUT_SECONDS = 5;

    private final Connection connection;
    private final Dialect dialect;
    private final int majorVersion;
    private final String redactedUrl;

    private Database(Connection connection, Dialect dialect, int majorVersion, String redactedUrl) {
        this.connection = connection;
        this.dialect = dialect;
        this.majorVersion = majorVersion;
        this.redactedUrl = redactedUrl;
    }

    /**
     * Connects to {@code jdbcUrl} ({@code jdbc:postgresql:…}, {@code jdbc:mariadb:…},
     * {@code jdbc:mysql:…}; a {@code jdbc:perfloop:} prefix is dropped).
     *
     * @throws DbException naming the (password-redacted) URL when the server cannot be reached
     */
    public static Database connect(String jdbcUrl) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        String url = jdbcUrl.startsWith("jdbc:perfloop:") ? "jdbc:" + jdbcUrl.substring("jdbc:perfloop:".length()) : jdbcUrl;
        String redacted = redact(url);
        if (!url.startsWith("jdbc:")) {
            throw new DbException("not a JDBC URL: " + redacted + " (expected e.g. jdbc:postgresql://localhost:5432/app?user=me)");
        }
        DriverManager.setLoginTimeout(LOGIN_TIMEOUT_SECONDS);
        Connection connection;
        try {
            connection = DriverManager.getConnection(url);
        } catch (SQLException e) {
            throw new DbException("cannot connect to " + redacted + ": " + e.getMessage(), e);
        }
        try {
            return new Database(connection, Dialect.of(connection), connection.getMetaData().getDatabaseMajorVersion(), redacted);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            throw e instanceof DbException d ? d : new DbException("cannot read the server version of " + redacted + ": " + e.getMessage(), e);
        }
    }

    /** The JDBC URL with any password replaced by {@code ***}. */
    public static String redact(String url) {
        return SECRET.matcher(url).replaceAll("$1=***");
    }

    /** The open connection; perfloop owns it. */
    public Connection connection() {
        return connection;
    }

    /** The server's family. */
    public Dialect dialect() {
        return dialect;
    }

    /** The server's major version, e.g. 15 or 17 for PostgreSQL, 10 or 11 for MariaDB. */
    public int majorVersion() {
        return majorVersion;
    }

    /** The URL connected to, password redacted. */
    public String url() {
        return redactedUrl;
    }

    @Override
    public void close() {
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing a broken connection cannot be helped and must not hide the real error
        }
    }
}
