package io.perfloop.db.catalogue;

import io.perfloop.core.finding.Finding;
import io.perfloop.core.finding.RuleConfig;
import io.perfloop.core.finding.RuleSpec;
import io.perfloop.core.finding.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An invalid index, typically left by a {@code CREATE INDEX CONCURRENTLY} that failed or was
 * cancelled: queries cannot use it, yet every write still maintains it.
 */
@RuleSpec(id = "invalid-index", summary = "An invalid index (a failed CREATE INDEX CONCURRENTLY) is maintained but never used",
        severity = Severity.ERROR, tags = {"sql", "postgresql", "index", "catalogue"})
public final class InvalidIndexRule extends CatalogueRule {
    @Override
    public List<Finding> check(Catalogue c, RuleConfig config) {
        List<Finding> out = new ArrayList<>();
        for (TableIndex i : c.indexes()) {
            if (!i.valid()) {
                out.add(CatalogueFindings.of(this, c, i, "Index " + i.qualifiedName() + " on " + i.table() + " is invalid",
                        Map.of("valid", false),
                        "Rebuild it: `REINDEX INDEX CONCURRENTLY " + i.qualifiedName() + ";` (or drop it with `"
                                + CatalogueFindings.drop(i) + "` and create it again)."));
            }
        }
        return out;
    }
}
