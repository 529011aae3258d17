package io.perfloop.db.catalogue;

import io.perfloop.core.finding.Finding;
import io.perfloop.core.finding.RuleConfig;
import io.perfloop.core.finding.RuleSpec;
import io.perfloop.core.finding.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An index no query has used since statistics were reset: it slows every write and takes cache
 * and disk for nothing. Unique and constraint indexes are never reported (they enforce rules even
 * when no query reads them). Check replicas before dropping: their reads do not count here.
 *
 * <p>Settings: {@code unused-index.min-size-kb} (default 10240, PgHero's 10 MB).
 */
@RuleSpec(id = "unused-index", summary = "An index no query has scanned since statistics were reset",
        severity = Severity.WARNING, tags = {"sql", "index", "catalogue"})
public final class UnusedIndexRule extends CatalogueRule {
    static final String ID = "unused-index";

    @Override
    public List<Finding> check(Catalogue c, RuleConfig config) {
        if (!c.indexUsage()) {
            return List.of();
        }
        long minBytes = config.intValue(ID, "min-size-kb", 10_240) * 1024L;
        List<Finding> out = new ArrayList<>();
        for (TableIndex i : c.indexes()) {
            if (i.scans() == 0 && !i.unique() && !i.primary() && !i.constraint() && i.valid() && i.sizeBytes() >= minBytes) {
                out.add(CatalogueFindings.of(this, c, i, "Index " + i.qualifiedName() + " on " + i.table() + " has never been scanned",
                        Map.of("scans", 0),
                        "Drop it if no replica or rare job uses it: `" + CatalogueFindings.drop(i) + "` (keep its definition to recreate it)."));
            }
        }
        return out;
    }
}
