package io.perfloop.db.explain;

import io.perfloop.core.finding.Finding;
import io.perfloop.db.advisor.AdvisorResult;
import io.perfloop.db.mysql.MySqlPlan;
import io.perfloop.db.plan.Plan;

import java.util.List;
import java.util.Optional;

/**
 * Everything {@link Explainer} learned about one statement.
 *
 * @param sql         the statement
 * @param database    what it was explained on (URL without password, server version)
 * @param executed    whether the statement was run (EXPLAIN ANALYZE of a read-only query, rolled back)
 * @param plan        the PostgreSQL plan for the statement's own values, or {@code null}
 * @param genericPlan the PostgreSQL generic plan, or {@code null}
 * @param mysqlPlan   the MariaDB/MySQL plan, or {@code null}
 * @param findings    what the plan rules found
 * @param advice      the index advisor's result, or {@code null} when it did not run
 * @param notes       what was not done, and why (e.g. "not a read-only query: plain EXPLAIN")
 */
public record ExplainReport(String sql, String database, boolean executed, Plan plan, Plan genericPlan, MySqlPlan mysqlPlan,
                            List<Finding> findings, AdvisorResult advice, List<String> notes) {
    public ExplainReport {
        findings = List.copyOf(findings);
        notes = List.copyOf(notes);
    }

    /** The PostgreSQL plan for the values, if any. */
    public Optional<Plan> customPlan() {
        return Optional.ofNullable(plan);
    }

    /** The PostgreSQL generic plan, if any. */
    public Optional<Plan> generic() {
        return Optional.ofNullable(genericPlan);
    }

    /** Whether both PostgreSQL plans exist and read the tables differently. */
    public boolean plansDiffer() {
        return plan != null && genericPlan != null && !plan.accessPaths().equals(genericPlan.accessPaths());
    }
}
