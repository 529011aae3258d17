package io.perfloop.jdbc.detect;

import io.perfloop.core.event.CallSite;
import io.perfloop.core.event.Framework;
import io.perfloop.core.event.StatementEvent;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Statements of one unit of work that share a grouping key, with the sums rules need. */
final class StatementGroup {
    final List<StatementEvent> statements = new ArrayList<>();
    private final Set<Long> parameterSets = new HashSet<>();
    private final Set<Framework> frameworks = EnumSet.noneOf(Framework.class);
    private long totalNanos;

    void add(StatementEvent statement) {
        statements.add(statement);
        parameterSets.add(statement.parametersHash());
        frameworks.addAll(statement.frameworks());
        totalNanos += statement.durationNanos();
    }

    int count() {
        return statements.size();
    }

    int distinctParameterSets() {
        return parameterSets.size();
    }

    long totalNanos() {
        return totalNanos;
    }

    Set<Framework> frameworks() {
        return frameworks;
    }

    StatementEvent first() {
        return statements.get(0);
    }

    CallSite callSite() {
        return first().callSite();
    }

    /** Share of the unit's wall time that removing all but one of these statements saves. */
    double gainBeyondOne(long unitNanos) {
        if (unitNanos <= 0 || count() < 2) {
            return 0;
        }
        double saved = totalNanos * (count() - 1) / (double) count();
        return Math.min(1.0, saved / unitNanos);
    }

    static String millis(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.2f ms", nanos / 1e6);
    }
}
