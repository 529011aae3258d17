package io.perfloop.junit;

import io.perfloop.core.event.StatementEvent;
import io.perfloop.core.event.StatementKind;
import io.perfloop.core.finding.Finding;
import io.perfloop.core.finding.RuleConfig;
import io.perfloop.core.finding.RuleRegistry;
import io.perfloop.core.work.WorkUnit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The guards active for one test, resolved from its annotations, and their verdict on what the
 * test ran. Kept apart from the JUnit callbacks so it can be read and tested on its own.
 */
record Guards(Optional<QueryBudget> budget, Optional<NoNPlusOne> noNPlusOne, Optional<NoRepeatedQueries> noRepeats) {
    private static final RuleRegistry RULES = RuleRegistry.load(Guards.class.getClassLoader());

    boolean any() {
        return budget.isPresent() || noNPlusOne.isPresent() || noRepeats.isPresent();
    }

    /** Budget lines that were exceeded, e.g. {@code 13 SELECTs (budget 2)}. */
    List<String> budgetViolations(WorkUnit unit) {
        List<String> out = new ArrayList<>();
        budget.ifPresent(b -> {
            List<StatementEvent> all = unit.statements();
            long total = all.size() + unit.dropped();
            check(out, total, b.max(), "statements");
            check(out, count(all, StatementKind.SELECT), b.selects(), "SELECTs");
            check(out, count(all, StatementKind.INSERT), b.inserts(), "INSERTs");
            check(out, count(all, StatementKind.UPDATE), b.updates(), "UPDATEs");
            check(out, count(all, StatementKind.DELETE), b.deletes(), "DELETEs");
        });
        return out;
    }

    private static long count(List<StatementEvent> all, StatementKind kind) {
        return all.stream().filter(s -> s.kind() == kind).count();
    }

    private static void check(List<String> out, long actual, int limit, String what) {
        if (limit >= 0 && actual > limit) {
            out.add(actual + " " + what + " (budget " + limit + ")");
        }
    }

    /** Findings of the guarded rules only. */
    List<Finding> findings(WorkUnit unit) {
        if (noNPlusOne.isEmpty() && noRepeats.isEmpty()) {
            return List.of();
        }
        RuleConfig config = RuleConfig.defaults();
        if (noNPlusOne.isPresent()) {
            config = config.with("n-plus-one.min-repeats", noNPlusOne.get().minRepeats());
        } else {
            config = config.disable("n-plus-one");
        }
        if (noRepeats.isPresent()) {
            config = config.with("repeated-query.min-repeats", noRepeats.get().minRepeats());
        } else {
            config = config.disable("repeated-query");
        }
        List<Finding> found = RULES.check(unit, config);
        return found.stream().filter(f -> f.ruleId().equals("n-plus-one") || f.ruleId().equals("repeated-query")).toList();
    }
}
