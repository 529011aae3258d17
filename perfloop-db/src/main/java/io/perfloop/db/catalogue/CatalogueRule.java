package io.perfloop.db.catalogue;

import io.perfloop.core.finding.Rule;

/** A rule over the database catalogue. */
public abstract class CatalogueRule implements Rule<Catalogue> {
    @Override
    public final Class<Catalogue> evidenceType() {
        return Catalogue.class;
    }
}
