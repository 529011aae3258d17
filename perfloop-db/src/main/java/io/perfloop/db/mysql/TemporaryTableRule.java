package io.perfloop.db.mysql;

import io.perfloop.core.finding.Finding;
import io.perfloop.core.finding.Rule;
import io.perfloop.core.finding.RuleConfig;
import io.perfloop.core.finding.RuleSpec;
import io.perfloop.core.finding.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * MariaDB/MySQL builds a temporary table (for GROUP BY, DISTINCT, UNION or a sort over a join).
 *
 * <p>Settings: {@code temporary-table.min-rows} (default 1000 rows going in).
 */
@RuleSpec(id = "temporary-table", summary = "MariaDB/MySQL builds a temporary table for GROUP BY, DISTINCT or a sort over a join",
        severity = Severity.WARNING, tags = {"sql", "mysql", "mariadb"})
public final class TemporaryTableRule implements Rule<MySqlPlan> {
    static final String ID = "temporary-table";

    @Override
    public Class<MySqlPlan> evidenceType() {
        return MySqlPlan.class;
    }

    @Override
    public List<Finding> check(MySqlPlan plan, RuleConfig config) {
        int minRows = config.intValue(ID, "min-rows", 1000);
        List<Finding> out = new ArrayList<>();
        for (MySqlTable t : plan.tables()) {
            double rows = t.rowsExamined() * t.keptShare();
            if (t.temporary() && rows >= minRows) {
                out.add(MySqlFindings.of(this, plan, t, "Temporary table over about " + MySqlFindings.rows(rows) + " rows of " + t.name(),
                        "Group or de-duplicate on an indexed column prefix (an index on the GROUP BY columns lets MariaDB/MySQL "
                                + "group while reading in order), aggregate before joining, or drop a DISTINCT that the keys already guarantee."));
                break;
            }
        }
        return out;
    }
}
