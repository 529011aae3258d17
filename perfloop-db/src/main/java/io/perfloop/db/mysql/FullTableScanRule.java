package io.perfloop.db.mysql;

import io.perfloop.core.finding.Finding;
import io.perfloop.core.finding.RuleConfig;
import io.perfloop.core.finding.RuleSpec;
import io.perfloop.core.finding.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * MariaDB/MySQL reads every row of a large table ({@code access_type: ALL}) and keeps few of them.
 *
 * <p>Settings: {@code full-table-scan.min-rows} (default 10000),
 * {@code full-table-scan.max-kept-percent} (default 10).
 */
@RuleSpec(id = "full-table-scan", summary = "MariaDB/MySQL scans a large table in full and keeps few of its rows",
        severity = Severity.ERROR, tags = {"sql", "mysql", "mariadb", "index"})
public final class FullTableScanRule extends MySqlRule {
    static final String ID = "full-table-scan";

    @Override
    public List<Finding> check(MySqlPlan plan, RuleConfig config) {
        int minRows = config.intValue(ID, "min-rows", 10_000);
        double maxKept = config.intValue(ID, "max-kept-percent", 10) / 100.0;
        List<Finding> out = new ArrayList<>();
        for (MySqlTable t : plan.tables()) {
            if ("ALL".equals(t.accessType()) && t.rowsExamined() >= minRows && t.keptShare() <= maxKept) {
                out.add(MySqlFindings.of(this, plan, t, "Full scan of " + t.name() + ": " + MySqlFindings.rows(t.rowsExamined())
                                + " rows examined to keep " + String.format(java.util.Locale.ROOT, "%.1f %%", t.keptShare() * 100),
                        "Add an index on the columns of the condition" + (t.condition() == null ? "" : " `" + t.condition() + "`")
                                + " (equality columns first, then one range column): `ALTER TABLE " + t.name()
                                + " ADD INDEX … (…), ALGORITHM=INPLACE, LOCK=NONE;`"));
            }
        }
        return out;
    }
}
