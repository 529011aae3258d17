package io.perfloop.db.catalogue;

import io.perfloop.core.event.CallSite;

import java.util.List;
import java.util.Map;

/**
 * What the catalogue rules read: the database's indexes, its statement statistics and the call
 * sites perfloop captured, keyed by fingerprint.
 *
 * @param database      what was checked
 * @param indexes       every index of the user schemas
 * @param indexUsage    whether {@link TableIndex#scans()} is meaningful (statistics collected)
 * @param statements    statement statistics, slowest total first (empty when unavailable)
 * @param callSites     captured call sites by statement fingerprint
 */
public record Catalogue(String database, List<TableIndex> indexes, boolean indexUsage, List<SlowStatement> statements,
                        Map<String, List<CallSite>> callSites) {
    public Catalogue {
        indexes = List.copyOf(indexes);
        statements = List.copyOf(statements);
        callSites = Map.copyOf(callSites);
    }
}
