package io.perfloop.db.catalogue;

import io.perfloop.core.finding.Finding;

import java.util.List;

/**
 * The result of {@code perfloop db-check}.
 *
 * @param catalogue what was read
 * @param findings  what the catalogue rules found
 * @param notes     what could not be checked, and why
 */
public record CatalogueReport(Catalogue catalogue, List<Finding> findings, List<String> notes) {
    public CatalogueReport {
        findings = List.copyOf(findings);
        notes = List.copyOf(notes);
    }
}
