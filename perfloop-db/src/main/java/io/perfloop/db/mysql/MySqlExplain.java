package io.perfloop.db.mysql;

import io.perfloop.db.Database;
import io.perfloop.db.DbException;
import io.perfloop.db.Dialect;
import io.perfloop.db.RolledBack;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;

/**
 * Runs {@code EXPLAIN FORMAT=JSON} on MariaDB/MySQL, or MariaDB's {@code ANALYZE FORMAT=JSON}
 * (which executes the statement) for read-only queries, always inside a read-only transaction
 * that is rolled back and under a statement time limit.
 */
public final class MySqlExplain {
    private final Database db;
    private final Duration timeout;

    /** A runner on {@code db} with the given time limit. */
    public MySqlExplain(Database db, Duration timeout) {
        this.db = db;
        this.timeout = timeout;
    }

    /**
     * The plan of {@code sql} with these values for its {@code ?} placeholders.
     *
     * @param analyze execute it (MariaDB only; MySQL's EXPLAIN ANALYZE has no JSON form before 8.3)
     */
    public MySqlPlan plan(String sql, List<?> parameters, boolean analyze) {
        boolean run = analyze && db.dialect() == Dialect.MARIADB;
        String prefix = run ? "ANALYZE FORMAT=JSON " : "EXPLAIN FORMAT=JSON ";
        return RolledBack.run(db, true, timeout, c -> {
            try (PreparedStatement ps = c.prepareStatement(prefix + sql)) {
                for (int i = 0; i < parameters.size(); i++) {
                    ps.setObject(i + 1, parameters.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new DbException("EXPLAIN FORMAT=JSON returned no rows");
                    }
                    return MySqlPlan.parse(sql, rs.getString(1), run);
                }
            }
        });
    }
}
