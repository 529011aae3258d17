package io.perfloop.db.catalogue;

import io.perfloop.core.finding.Finding;
import io.perfloop.core.finding.Rule;
import io.perfloop.core.finding.RuleSpec;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds catalogue findings the same way for every rule. */
final class CatalogueFindings {
    private CatalogueFindings() {
    }

    static Finding of(Rule<?> rule, Catalogue c, TableIndex index, String title, Map<String, Object> facts, String fix) {
        RuleSpec spec = rule.spec();
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("index", index.definition());
        evidence.put("size", io.perfloop.db.text.AdviceText.bytes(index.sizeBytes()));
        evidence.putAll(facts);
        return new Finding(spec.id(), title, spec.severity(), c.database(), null, evidence, null, fix, Double.NaN);
    }

    static String drop(TableIndex index) {
        return "DROP INDEX CONCURRENTLY " + index.qualifiedName() + ";";
    }
}
