package io.perfloop.db.mysql;

import io.perfloop.core.finding.Finding;
import io.perfloop.core.finding.Rule;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/** A rule over one statement's MariaDB/MySQL plan. */
public abstract class MySqlRule implements Rule<MySqlPlan> {
    @Override
    public final Class<MySqlPlan> evidenceType() {
        return MySqlPlan.class;
    }

    /** A finding for the first table that matches (a plan-wide problem is reported once), or none. */
    protected final List<Finding> first(MySqlPlan plan, Predicate<MySqlTable> matches, Function<MySqlTable, String> title, String fix) {
        return plan.tables().stream().filter(matches).findFirst()
                .map(t -> List.of(MySqlFindings.of(this, plan, t, title.apply(t), fix))).orElse(List.of());
    }
}
