package io.perfloop.jdbc.detect;

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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The same SELECT with the same parameters run more than once in one unit of work: the second
 * run can only return what the first one did (unless the unit wrote in between).
 *
 * <p>Settings: {@code repeated-query.min-repeats} (default 2).
 */
@RuleSpec(id = "repeated-query", summary = "The same SELECT with the same parameters runs more than once in one unit of work",
        severity = Severity.WARNING, tags = {"sql", "cache"})
public final class RepeatedQueryRule implements Rule<WorkUnit> {
    static final String ID = "repeated-query";

    @Override
    public Class<WorkUnit> evidenceType() {
        return WorkUnit.class;
    }

    @Override
    public List<Finding> check(WorkUnit unit, RuleConfig config) {
        int minRepeats = config.intValue(ID, "min-repeats", 2);
        Map<List<Object>, StatementGroup> groups = new LinkedHashMap<>();
        for (StatementEvent s : unit.statements()) {
            if (s.kind() == StatementKind.SELECT && !s.failed() && !s.fingerprint().isEmpty()) {
                groups.computeIfAbsent(List.of(s.fingerprint(), s.parametersHash()), k -> new StatementGroup()).add(s);
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (StatementGroup group : groups.values()) {
            if (group.count() >= minRepeats) {
                findings.add(finding(unit, group));
            }
        }
        return findings;
    }

    private static Finding finding(WorkUnit unit, StatementGroup group) {
        Set<String> sites = new LinkedHashSet<>();
        group.statements.forEach(s -> sites.add(s.callSite().toString()));
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("fingerprint", group.first().fingerprint());
        evidence.put("executions", group.count());
        evidence.put("call sites", String.join(", ", sites));
        evidence.put("total time", StatementGroup.millis(group.totalNanos()));
        evidence.put("unit time", StatementGroup.millis(unit.durationNanos()));
        String title = "Repeated query: the same SELECT with the same parameters ran " + group.count() + " times";
        String fix = "Run it once and reuse the result within the unit of work: pass the loaded value down, or keep a "
                + "request-scoped cache (with Hibernate, load the entity through the persistence context, "
                + "`EntityManager.find`, which answers repeats from the first-level cache).";
        return new Finding(ID, title, Severity.WARNING, unit.name(), group.callSite().toString(), evidence,
                group.first().sql(), fix, group.gainBeyondOne(unit.durationNanos()));
    }
}
