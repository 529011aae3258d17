package io.perfloop.jdbc.detect;

import io.perfloop.core.detect.Tables;
import io.perfloop.core.event.Framework;
import io.perfloop.core.event.StatementEvent;
import io.perfloop.core.event.StatementKind;
import io.perfloop.core.finding.Finding;
import io.perfloop.core.finding.Rule;
import io.perfloop.core.finding.RuleConfig;
import io.perfloop.core.finding.RuleSpec;
import io.perfloop.core.finding.Severity;
import io.perfloop.core.work.WorkUnit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The same SELECT shape run again and again with different parameters from one call site within
 * one unit of work: a loop that loads one row per iteration. Statements that look up many keys
 * at once (an {@code IN} list, a Hibernate batch fetch with an array) are not repeats.
 *
 * <p>Settings: {@code n-plus-one.min-repeats} (default 3).
 */
@RuleSpec(id = "n-plus-one", summary = "The same SELECT runs once per row of an earlier result, from one call site",
        severity = Severity.ERROR, tags = {"sql", "orm"})
public final class NPlusOneRule implements Rule<WorkUnit> {
    static final String ID = "n-plus-one";

    @Override
    public Class<WorkUnit> evidenceType() {
        return WorkUnit.class;
    }

    @Override
    public List<Finding> check(WorkUnit unit, RuleConfig config) {
        int minRepeats = config.intValue(ID, "min-repeats", 3);
        Map<List<Object>, StatementGroup> groups = new LinkedHashMap<>();
        for (StatementEvent s : unit.statements()) {
            if (s.kind() == StatementKind.SELECT && s.keys() <= 1 && !s.failed() && !s.fingerprint().isEmpty()) {
                groups.computeIfAbsent(List.of(s.fingerprint(), s.callSite()), k -> new StatementGroup()).add(s);
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (StatementGroup group : groups.values()) {
            if (group.count() >= minRepeats && group.distinctParameterSets() >= minRepeats) {
                findings.add(finding(unit, group));
            }
        }
        return findings;
    }

    private static Finding finding(WorkUnit unit, StatementGroup group) {
        String fingerprint = group.first().fingerprint();
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("fingerprint", fingerprint);
        evidence.put("executions", group.count());
        evidence.put("distinct parameter sets", group.distinctParameterSets());
        evidence.put("total time", StatementGroup.millis(group.totalNanos()));
        evidence.put("unit time", StatementGroup.millis(unit.durationNanos()));
        String title = "N+1 query: " + group.count() + " × the same SELECT on " + firstTable(fingerprint)
                + " from " + group.callSite();
        return new Finding(ID, title, Severity.ERROR, unit.name(), group.callSite().toString(), evidence,
                group.first().sql(), fix(group, fingerprint), group.gainBeyondOne(unit.durationNanos()));
    }

    private static String firstTable(String fingerprint) {
        return Tables.read(fingerprint).stream().findFirst().orElse("the table");
    }

    private static String fix(StatementGroup group, String fingerprint) {
        String table = firstTable(fingerprint);
        if (group.frameworks().contains(Framework.HIBERNATE)) {
            return "Load the association together with its parents instead of one by one: a fetch join in the "
                    + "query that loads the parents (JPQL `join fetch`), or `@EntityGraph(attributePaths = …)` on the "
                    + "Spring Data method; or batch the lazy loads with `@BatchSize(size = 50)` on the association "
                    + "or `hibernate.default_batch_fetch_size=50`, which turns these " + group.count()
                    + " SELECTs on " + table + " into a few `IN` queries.";
        }
        return "Read all the rows of " + table + " in one round trip: collect the keys first and run one "
                + "`SELECT … WHERE key IN (…)` (on PostgreSQL `= ANY(?)` with an array parameter), "
                + "or JOIN " + table + " into the query that produced the keys.";
    }
}
