package io.perfloop.db.rules;

import io.perfloop.db.advisor.IndexAdvice;
import io.perfloop.db.catalogue.TableIndex;
import io.perfloop.db.plan.Plan;
import io.perfloop.jdbc.fingerprint.SqlFingerprint;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the PostgreSQL plan rules read: one statement, its plans, and the catalogue facts around it.
 *
 * @param sql          the statement as explained
 * @param scope        where it ran (endpoint, unit of work) or its fingerprint when unknown
 * @param callSite     the application frame that ran it, or {@code null} when unknown
 * @param plan         the plan with the statement's own values (analysed when it was safe to)
 * @param genericPlan  the generic plan, or {@code null} when not available
 * @param indexes      the indexes of the tables the statement reads
 * @param tableRows    estimated rows per table name
 * @param advice       the index advisor's verified suggestions (may be empty)
 */
public record PlanEvidence(String sql, String scope, String callSite, Plan plan, Plan genericPlan, List<TableIndex> indexes,
                           Map<String, Long> tableRows, List<IndexAdvice> advice) {
    public PlanEvidence {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(plan, "plan");
        indexes = List.copyOf(indexes);
        tableRows = Map.copyOf(tableRows);
        advice = List.copyOf(advice);
        scope = scope == null ? SqlFingerprint.of(sql) : scope;
    }

    /** Evidence for a statement with nothing around it but its plan. */
    public static PlanEvidence of(String sql, Plan plan) {
        return new PlanEvidence(sql, null, null, plan, null, List.of(), Map.of(), List.of());
    }

    /** Estimated rows of {@code table}, or -1 when unknown. */
    public long rowsOf(String table) {
        return table == null ? -1 : tableRows.getOrDefault(table, -1L);
    }
}
