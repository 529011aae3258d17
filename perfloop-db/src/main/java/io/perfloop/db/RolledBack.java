package io.perfloop.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.time.Duration;

/**
 * Runs work inside a transaction that is rolled back whatever happens, under a statement timeout
 * and a short lock timeout, optionally read-only. Everything perfloop runs against a user's
 * database goes through here, so nothing it does can outlive the call.
 */
public final class RolledBack {
    private static final Duration LOCK_TIMEOUT = Duration.ofSeconds(2);

    private RolledBack() {
    }

    /** Work against the connection; may throw {@link SQLException}. */
    @FunctionalInterface
    public interface Work<T> {
        /** Does the work. */
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} in a rolled-back transaction.
     *
     * @param readOnly whether the transaction is {@code READ ONLY} (then even a function with
     *                 side effects called by a SELECT cannot write)
     * @param timeout  the statement timeout for each statement of the work
     * @throws DbException with the server's message when the work fails or times out
     */
    public static <T> T run(Database db, boolean readOnly, Duration timeout, Work<T> work) {
        Connection c = db.connection();
        try {
            boolean autoCommit = c.getAutoCommit();
            boolean wasReadOnly = c.isReadOnly();
            c.setAutoCommit(false);
            c.setReadOnly(readOnly);
            try {
                applyTimeouts(db, c, timeout);
                return work.run(c);
            } finally {
                c.rollback();
                c.setReadOnly(wasReadOnly);
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw explain(db, e, timeout);
        }
    }

    private static void applyTimeouts(Database db, Connection c, Duration timeout) throws SQLException {
        try (Statement s = c.createStatement()) {
            switch (db.dialect()) {
                case POSTGRESQL -> {
                    s.execute("SET LOCAL statement_timeout = " + Math.max(1, timeout.toMillis()));
                    s.execute("SET LOCAL lock_timeout = " + LOCK_TIMEOUT.toMillis());
                }
                case MARIADB -> {
                    s.execute("SET SESSION max_statement_time = " + Math.max(0.001, timeout.toMillis() / 1000.0));
                    s.execute("SET SESSION lock_wait_timeout = " + LOCK_TIMEOUT.toSeconds());
                }
                case MYSQL -> {
                    s.execute("SET SESSION max_execution_time = " + Math.max(1, timeout.toMillis()));
                    s.execute("SET SESSION lock_wait_timeout = " + LOCK_TIMEOUT.toSeconds());
                }
            }
        }
    }

    /** The server's error as a {@link DbException} that says what it means for the user. */
    public static DbException explain(Database db, SQLException e, Duration timeout) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (e instanceof SQLTimeoutException || "57014".equals(state) || "70100".equals(state) || e.getErrorCode() == 1969 || e.getErrorCode() == 3024) {
            return new DbException("the statement ran longer than the " + timeout.toMillis() + " ms timeout and was cancelled", e);
        }
        if (state.startsWith("08") && !"08P01".equals(state)) {
            return new DbException("lost the connection to " + db.url() + ": " + e.getMessage(), e);
        }
        if (state.startsWith("42")) {
            return new DbException("the database rejected the SQL: " + firstLine(e.getMessage()), e);
        }
        return new DbException(db.dialect().name().toLowerCase(java.util.Locale.ROOT) + " error " + state + ": " + firstLine(e.getMessage()), e);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        int eol = message.indexOf('\n');
        return eol < 0 ? message : message.substring(0, eol);
    }
}
