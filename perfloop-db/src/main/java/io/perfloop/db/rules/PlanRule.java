package io.perfloop.db.rules;

import io.perfloop.core.finding.Rule;

/** A rule over one statement's PostgreSQL plans. */
public abstract class PlanRule implements Rule<PlanEvidence> {
    @Override
    public final Class<PlanEvidence> evidenceType() {
        return PlanEvidence.class;
    }
}
