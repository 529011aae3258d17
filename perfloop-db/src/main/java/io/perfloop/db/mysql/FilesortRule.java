package io.perfloop.db.mysql;

import io.perfloop.core.finding.Finding;
import io.perfloop.core.finding.RuleConfig;
import io.perfloop.core.finding.RuleSpec;
import io.perfloop.core.finding.Severity;

import java.util.List;

/**
 * MariaDB/MySQL sorts the rows itself (a filesort) instead of reading them in index order.
 *
 * <p>Settings: {@code filesort.min-rows} (default 1000 rows sorted).
 */
@RuleSpec(id = "filesort", summary = "MariaDB/MySQL sorts many rows with a filesort instead of reading them in index order",
        severity = Severity.WARNING, tags = {"sql", "mysql", "mariadb", "index"})
public final class FilesortRule extends MySqlRule {
    static final String ID = "filesort";

    @Override
    public List<Finding> check(MySqlPlan plan, RuleConfig config) {
        int minRows = config.intValue(ID, "min-rows", 1000);
        return first(plan, t -> t.sorted() && t.rowsExamined() * t.keptShare() >= minRows, t -> "Filesort of about " + MySqlFindings.rows(t.rowsExamined() * t.keptShare()) + " rows of " + t.name(),
                "Index the equality columns of the WHERE followed by the ORDER BY columns (same directions), so rows "
                        + "come out in order and a LIMIT stops early; or sort fewer rows.");
    }
}
