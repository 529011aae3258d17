package io.perfloop.db.mysql;

import io.perfloop.core.finding.Finding;
import io.perfloop.core.finding.RuleConfig;
import io.perfloop.core.finding.RuleSpec;
import io.perfloop.core.finding.Severity;

import java.util.List;

/**
 * MariaDB/MySQL builds a temporary table (for GROUP BY, DISTINCT, UNION or a sort over a join).
 *
 * <p>Settings: {@code temporary-table.min-rows} (default 1000 rows going in).
 */
@RuleSpec(id = "temporary-table", summary = "MariaDB/MySQL builds a temporary table for GROUP BY, DISTINCT or a sort over a join",
        severity = Severity.WARNING, tags = {"sql", "mysql", "mariadb"})
public final class TemporaryTableRule extends MySqlRule {
    static final String ID = "temporary-table";

    @Override
    public List<Finding> check(MySqlPlan plan, RuleConfig config) {
        int minRows = config.intValue(ID, "min-rows", 1000);
        return first(plan, t -> t.temporary() && t.rowsExamined() * t.keptShare() >= minRows, t -> "Temporary table over about " + MySqlFindings.rows(t.rowsExamined() * t.keptShare()) + " rows of " + t.name(),
                "Group or de-duplicate on an indexed column prefix (an index on the GROUP BY columns lets MariaDB/MySQL "
                        + "group while reading in order), aggregate before joining, or drop a DISTINCT that the keys already guarantee.");
    }
}
