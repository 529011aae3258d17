package io.perfloop.db.advisor;

import io.perfloop.db.plan.Plan;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Asks the planner "what if these indexes existed?". Implementations run inside the advisor's
 * rolled-back transaction and leave nothing behind.
 */
public interface WhatIf {

    /** Plans the query under study on a connection (plain EXPLAIN; the query is never run). */
    @FunctionalInterface
    interface QueryPlanner {
        /** The plan of the query as things stand on {@code c}. */
        Plan plan(Connection c) throws SQLException;
    }

    /**
     * The plan with the indexes added, and each index's size in bytes.
     *
     * @param plan  the planner's answer with all of {@code indexes} present
     * @param names the names the indexes had in the plan, in the order of the indexes
     * @param sizes sizes in bytes, in the order of the indexes
     */
    record Evaluation(Plan plan, List<String> names, List<Long> sizes) {
        /** How the plan uses the index at {@code position} ("" when it does not). */
        public String scanOf(int position) {
            String name = names.get(position);
            return plan.nodes().stream().filter(n -> name.equals(n.indexName())).map(io.perfloop.db.plan.PlanNode::label)
                    .findFirst().orElse("");
        }
    }

    /** How this what-if verifies. */
    Verification kind();

    /** Plans the query with {@code indexes} present. */
    Evaluation evaluate(Connection c, QueryPlanner planner, List<IndexCandidate> indexes) throws SQLException;
}
