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
 * Real indexes, built inside a savepoint that is rolled back right after the planner has seen
 * them (the user's {@code --allow-trial-index}). The build reads the whole table and holds a lock
 * that blocks writes to it until the rollback, bounded by the statement and lock timeouts.
 */
public final class TrialIndexes implements WhatIf {
    private int counter;

    @Override
    public Verification kind() {
        return Verification.TRIAL_INDEX;
    }

    @Override
    public Evaluation evaluate(Connection c, QueryPlanner planner, List<IndexCandidate> indexes) throws SQLException {
        Savepoint before = c.setSavepoint();
        try (Statement s = c.createStatement()) {
            List<String> names = new ArrayList<>();
            for (IndexCandidate index : indexes) {
                String name = "perfloop_trial_" + ProcessHandle.current().pid() + "_" + counter++;
                s.execute("CREATE INDEX " + name + " " + index.body());
                names.add(name);
            }
            List<Long> sizes = new ArrayList<>();
            for (String name : names) {
                try (PreparedStatement ps = c.prepareStatement("SELECT pg_relation_size(oid) FROM pg_class WHERE relname = ? AND relkind = 'i'")) {
                    ps.setString(1, name);
                    try (ResultSet rs = ps.executeQuery()) {
                        sizes.add(rs.next() ? rs.getLong(1) : -1);
                    }
                }
            }
            return new Evaluation(planner.plan(c), names, sizes);
        } finally {
            c.rollback(before);
        }
    }
}
