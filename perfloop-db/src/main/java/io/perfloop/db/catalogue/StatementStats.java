package io.perfloop.db.catalogue;

import io.perfloop.db.Database;
import io.perfloop.db.Dialect;
import io.perfloop.db.RolledBack;
import io.perfloop.jdbc.fingerprint.SqlFingerprint;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the server's per-statement statistics: {@code pg_stat_statements} on PostgreSQL,
 * {@code performance_schema.events_statements_summary_by_digest} on MariaDB/MySQL.
 */
final class StatementStats {
    private static final int LIMIT = 200;

    private StatementStats() {
    }

    /** The statements, slowest total first; empty with a note when the statistics are not available. */
    static List<SlowStatement> read(Database db, Duration timeout, List<String> notes) {
        return RolledBack.run(db, true, timeout, c -> {
            try (Statement s = c.createStatement()) {
                if (db.dialect() == Dialect.POSTGRESQL) {
                    try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_extension WHERE extname = 'pg_stat_statements'")) {
                        if (!rs.next()) {
                            notes.add("pg_stat_statements is not created in this database: no slow-statement check "
                                    + "(add it to shared_preload_libraries and run CREATE EXTENSION pg_stat_statements)");
                            return List.of();
                        }
                    }
                    String time = db.majorVersion() >= 13 ? "total_exec_time" : "total_time";
                    String mean = db.majorVersion() >= 13 ? "mean_exec_time" : "mean_time";
                    return rows(s.executeQuery("SELECT query, calls, " + time + ", " + mean + ", rows FROM pg_stat_statements "
                            + "WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) "
                            + "ORDER BY " + time + " DESC LIMIT " + LIMIT));
                }
                if (!performanceSchema(s)) {
                    notes.add("performance_schema is off: no slow-statement or unused-index check (set performance_schema=ON and restart)");
                    return List.of();
                }
                return rows(s.executeQuery("SELECT DIGEST_TEXT, COUNT_STAR, SUM_TIMER_WAIT / 1e9, AVG_TIMER_WAIT / 1e9, "
                        + "SUM_ROWS_SENT + SUM_ROWS_AFFECTED FROM performance_schema.events_statements_summary_by_digest "
                        + "WHERE SCHEMA_NAME = DATABASE() AND DIGEST_TEXT IS NOT NULL ORDER BY SUM_TIMER_WAIT DESC LIMIT " + LIMIT));
            }
        });
    }

    static boolean performanceSchema(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT @@performance_schema")) {
            return rs.next() && rs.getInt(1) == 1;
        }
    }

    private static List<SlowStatement> rows(ResultSet rs) throws SQLException {
        List<SlowStatement> out = new ArrayList<>();
        try (rs) {
            while (rs.next()) {
                String query = rs.getString(1);
                out.add(new SlowStatement(query, fingerprint(query), rs.getLong(2), rs.getDouble(3), rs.getDouble(4), rs.getLong(5)));
            }
        }
        return out;
    }

    /** The fingerprint a captured statement of this shape has: the server's {@code $1} placeholders read as JDBC's {@code ?}. */
    static String fingerprint(String normalised) {
        return SqlFingerprint.of(normalised.replaceAll("\\$\\d+", "?"));
    }
}
