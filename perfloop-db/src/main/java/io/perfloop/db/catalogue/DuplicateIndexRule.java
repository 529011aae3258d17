package io.perfloop.db.catalogue;

import io.perfloop.core.finding.Finding;
import io.perfloop.core.finding.RuleConfig;
import io.perfloop.core.finding.RuleSpec;
import io.perfloop.core.finding.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An index whose key columns are a leading prefix of another index on the same table, with the
 * same method and the same predicate: every query it serves, the longer one serves too. A unique
 * index is kept (it enforces uniqueness of exactly its columns).
 */
@RuleSpec(id = "duplicate-index", summary = "An index is covered by another whose leading columns are the same",
        severity = Severity.WARNING, tags = {"sql", "index", "catalogue"})
public final class DuplicateIndexRule extends CatalogueRule {
    @Override
    public List<Finding> check(Catalogue c, RuleConfig config) {
        List<Finding> out = new ArrayList<>();
        for (TableIndex shorter : c.indexes()) {
            if (shorter.unique() || shorter.primary() || shorter.constraint()) {
                continue;
            }
            for (TableIndex longer : c.indexes()) {
                if (covers(longer, shorter)) {
                    out.add(CatalogueFindings.of(this, c, shorter, "Index " + shorter.qualifiedName() + " is covered by " + longer.name(),
                            Map.of("covered by", longer.definition()),
                            "Drop the covered index: `" + CatalogueFindings.drop(shorter) + "`; " + longer.name() + " serves the same lookups."));
                    break;
                }
            }
        }
        return out;
    }

    /** Whether {@code longer} makes {@code shorter} redundant (an exact twin covers the one sorting later by name). */
    static boolean covers(TableIndex longer, TableIndex shorter) {
        if (longer == shorter || !longer.schema().equals(shorter.schema()) || !longer.table().equals(shorter.table())
                || !longer.method().equals(shorter.method()) || !Objects.equals(longer.predicate(), shorter.predicate())
                || !longer.valid() || longer.keyColumns().size() < shorter.keyColumns().size()) {
            return false;
        }
        if (!longer.keyColumns().subList(0, shorter.keyColumns().size()).equals(shorter.keyColumns())) {
            return false;
        }
        if (!longer.keyColumns().containsAll(shorter.include()) && !longer.include().containsAll(shorter.include())) {
            return false;
        }
        boolean twin = longer.keyColumns().equals(shorter.keyColumns()) && longer.include().equals(shorter.include());
        return !twin || longer.unique() || longer.constraint() || longer.name().compareTo(shorter.name()) < 0;
    }
}
