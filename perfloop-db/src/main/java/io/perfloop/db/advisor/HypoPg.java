package io.perfloop.db.advisor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Hypothetical indexes with the hypopg extension: the planner costs the query as if the index
 * existed, nothing is built, nothing is locked. Each evaluation resets hypopg's (per-session) list.
 */
public final class HypoPg implements WhatIf {
    /** The extension's schema, quoted, with a dot: its functions are called qualified, whatever the search path. */
    private final String schema;

    private HypoPg(String schema) {
        this.schema = "\"" + schema.replace("\"", "\"\"") + "\".";
    }

    /**
     * hypopg on this connection, or {@code null} when it cannot be had. When the server has the
     * extension installed but the database has not created it, it is created here, inside the
     * caller's transaction, which the advisor rolls back (so it disappears again); that needs the
     * privilege to create extensions.
     *
     * @param notes receives one line saying what happened
     */
    public static HypoPg open(Connection c, List<String> notes) throws SQLException {
        try (Statement s = c.createStatement()) {
            String installed = schemaOfHypopg(s);
            if (installed != null) {
                return new HypoPg(installed);
            }
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_available_extensions WHERE name = 'hypopg'")) {
                if (!rs.next()) {
                    notes.add("hypopg is not installed on the server (Debian/Ubuntu: apt-get install postgresql-<version>-hypopg)");
                    return null;
                }
            }
            Savepoint before = c.setSavepoint();
            try {
                s.execute("CREATE EXTENSION hypopg");
                notes.add("hypopg created for this check inside a transaction that is rolled back (nothing stays behind)");
                return new HypoPg(schemaOfHypopg(s));
            } catch (SQLException e) {
                c.rollback(before);
                notes.add("hypopg is installed on the server but could not be created in this database: " + e.getMessage().lines().findFirst().orElse(""));
                return null;
            }
        }
    }

    private static String schemaOfHypopg(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery(
                "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'hypopg'")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    @Override
    public Verification kind() {
        return Verification.HYPOPG;
    }

    @Override
    public Evaluation evaluate(Connection c, QueryPlanner planner, List<IndexCandidate> indexes) throws SQLException {
        List<Long> sizes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try {
            for (IndexCandidate index : indexes) {
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT indexname, " + schema + "hypopg_relation_size(indexrelid) FROM " + schema + "hypopg_create_index(?)")) {
                    ps.setString(1, "CREATE INDEX " + index.body());
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        names.add(rs.getString(1));
                        sizes.add(rs.getLong(2));
                    }
                }
            }
            return new Evaluation(planner.plan(c), names, sizes);
        } finally {
            try (Statement s = c.createStatement()) {
                s.execute("SELECT " + schema + "hypopg_reset()");
            }
        }
    }
}
