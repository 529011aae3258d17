package io.perfloop.db.mysql;

import io.perfloop.core.finding.Finding;
import io.perfloop.core.finding.RuleConfig;
import io.perfloop.core.finding.RuleSpec;
import io.perfloop.core.finding.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * The optimizer had indexes it could use ({@code possible_keys}) and chose none: usually a
 * condition the index cannot serve as written (a function on the column, a type mismatch, a
 * leading wildcard) or statistics that make the full scan look cheaper.
 *
 * Not reported when the condition keeps most rows: then the full scan is the right choice.
 *
 * <p>Settings: {@code possible-keys-unused.min-rows} (default 1000),
 * {@code possible-keys-unused.max-kept-percent} (default 20).
 */
@RuleSpec(id = "possible-keys-unused", summary = "MariaDB/MySQL had usable indexes for a table but read it without one",
        severity = Severity.WARNING, tags = {"sql", "mysql", "mariadb", "index"})
public final class PossibleKeysUnusedRule extends MySqlRule {
    static final String ID = "possible-keys-unused";

    @Override
    public List<Finding> check(MySqlPlan plan, RuleConfig config) {
        int minRows = config.intValue(ID, "min-rows", 1000);
        double maxKept = config.intValue(ID, "max-kept-percent", 20) / 100.0;
        List<Finding> out = new ArrayList<>();
        for (MySqlTable t : plan.tables()) {
            if (!t.possibleKeys().isEmpty() && t.key() == null && t.rowsExamined() >= minRows && t.keptShare() <= maxKept) {
                out.add(MySqlFindings.of(this, plan, t, "Indexes " + String.join(", ", t.possibleKeys()) + " on " + t.name()
                                + " were considered and not used",
                        "Refresh statistics (`ANALYZE TABLE " + t.name() + "`); check that the condition compares the bare column "
                                + "with a value of its own type (no function around the column, no implicit cast); if the index "
                                + "is right and the optimizer still refuses, make it more selective (add the other filtered columns)."));
            }
        }
        return out;
    }
}
