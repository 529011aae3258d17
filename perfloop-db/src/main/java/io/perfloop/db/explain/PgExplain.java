package io.perfloop.db.explain;

import io.perfloop.db.Database;
import io.perfloop.db.DbException;
import io.perfloop.db.RolledBack;
import io.perfloop.db.plan.Plan;
import io.perfloop.db.plan.PlanJson;

import org.postgresql.core.BaseStatement;
import org.postgresql.core.QueryExecutor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.util.Collections;
import java.util.List;

/**
 * Runs PostgreSQL's EXPLAIN the safe way: always inside a transaction that is rolled back, under a
 * statement timeout; with ANALYZE only when the caller has established that the statement is a
 * read-only query, and then in a {@code READ ONLY} transaction as well.
 */
public final class PgExplain {
    private final Database db;
    private final Duration timeout;

    /** An EXPLAIN runner on {@code db} with the given statement timeout. */
    public PgExplain(Database db, Duration timeout) {
        this.db = db;
        this.timeout = timeout;
    }

    /**
     * The plan for {@code sql} with these bind values (for its JDBC {@code ?} placeholders); with
     * values PostgreSQL plans for them (a custom plan).
     *
     * @param analyze run the statement (EXPLAIN ANALYZE, BUFFERS); only for read-only queries
     */
    public Plan plan(String sql, List<?> parameters, boolean analyze) {
        // a plain EXPLAIN never executes, but the read-only transaction costs nothing and also
        // stops anything a future PostgreSQL might do while planning
        return RolledBack.run(db, true, timeout, c -> planIn(c, sql, parameters, analyze));
    }

    /** {@link #plan} on a connection whose transaction the caller manages (e.g. with hypothetical indexes). */
    public static Plan planIn(Connection c, String sql, List<?> parameters, boolean analyze) throws SQLException {
        String explain = analyze ? "EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " : "EXPLAIN (FORMAT JSON) ";
        try (PreparedStatement ps = c.prepareStatement(explain + sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                Object v = parameters.get(i);
                // Types.OTHER sends strings untyped, so PostgreSQL infers the type from the column
                ps.setObject(i + 1, v, v instanceof String || v == null ? Types.OTHER : javaType(v));
            }
            return PlanJson.parse(single(ps.executeQuery()), false);
        }
    }

    /**
     * The generic plan of a statement with {@code $1 … $n} parameters: what PostgreSQL runs once
     * a JDBC driver has switched to a server-side prepared statement (pgjdbc does so after five
     * executions) and the plan cache chose the generic plan. PostgreSQL 16+ has
     * {@code EXPLAIN (GENERIC_PLAN)}; older servers get {@code PREPARE} with
     * {@code plan_cache_mode = force_generic_plan} and an {@code EXECUTE} with NULLs (never run:
     * plain EXPLAIN).
     */
    public Plan genericPlan(String dollarSql, int parameterCount) {
        if (db.majorVersion() < 12) {
            throw new DbException("generic plans need PostgreSQL 12 or later (plan_cache_mode); this is " + db.majorVersion());
        }
        return RolledBack.run(db, true, timeout, c -> genericPlanIn(c, db.majorVersion(), dollarSql, parameterCount));
    }

    /** {@link #genericPlan} on a connection whose transaction the caller manages. */
    public static Plan genericPlanIn(Connection c, int majorVersion, String dollarSql, int parameterCount) throws SQLException {
        try (Statement s = c.createStatement()) {
            if (majorVersion >= 16) {
                // the simple query protocol: over the extended one the server would take $1 for a
                // protocol parameter and demand a value for it
                BaseStatement simple = s.unwrap(BaseStatement.class);
                simple.executeWithFlags("EXPLAIN (GENERIC_PLAN, FORMAT JSON) " + dollarSql, QueryExecutor.QUERY_EXECUTE_AS_SIMPLE);
                return PlanJson.parse(single(simple.getResultSet()), true);
            }
            String name = "perfloop_generic_" + Long.toHexString(System.nanoTime());
            s.execute("SET LOCAL plan_cache_mode = force_generic_plan");
            s.execute("PREPARE " + name + " AS " + dollarSql);
            try {
                String nulls = String.join(", ", Collections.nCopies(parameterCount, "NULL"));
                String execute = parameterCount == 0 ? "EXECUTE " + name : "EXECUTE " + name + "(" + nulls + ")";
                return PlanJson.parse(single(s.executeQuery("EXPLAIN (FORMAT JSON) " + execute)), true);
            } finally {
                deallocate(c, name);
            }
        }
    }

    private static void deallocate(Connection c, String name) {
        try (Statement s = c.createStatement()) {
            s.execute("DEALLOCATE " + name);
        } catch (SQLException ignored) {
            // the transaction failed already; rolling it back (which follows) also drops nothing,
            // but the session ends with perfloop's connection, and the statement with it
        }
    }

    private static int javaType(Object v) {
        return v instanceof Integer || v instanceof Long || v instanceof Short ? Types.BIGINT
                : v instanceof Number ? Types.NUMERIC : v instanceof Boolean ? Types.BOOLEAN : Types.OTHER;
    }

    static String single(ResultSet rs) throws SQLException {
        try (rs) {
            StringBuilder out = new StringBuilder();
            while (rs.next()) {
                out.append(rs.getString(1)).append('\n');
            }
            return out.toString();
        }
    }
}
