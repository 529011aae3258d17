package io.perfloop.samples.shop.support;

import io.perfloop.core.event.StatementEvent;
import io.perfloop.core.finding.Finding;
import io.perfloop.core.finding.RuleConfig;
import io.perfloop.core.finding.RuleRegistry;
import io.perfloop.core.work.Recorded;
import io.perfloop.core.work.StatementRouter;
import io.perfloop.core.work.WorkUnit;
import io.perfloop.jdbc.CaptureOptions;
import io.perfloop.jdbc.PerfloopDataSource;

import javax.sql.DataSource;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Counts the SQL statements the shop executes with perfloop's own JDBC capture: the shop's
 * DataSource is wrapped with {@link PerfloopDataSource}, and the statements its request threads run
 * (outside any unit of work) are collected while an action runs. The count is exact for these
 * tests: they send one request at a time and the shop runs no background statements.
 */
public final class StatementCounter {
    private static final RuleRegistry RULES = RuleRegistry.load();

    /** A DataSource captured by perfloop. */
    public DataSource wrap(DataSource target) {
        return PerfloopDataSource.wrap(target, CaptureOptions.DEFAULTS);
    }

    /** The statements executed while {@code action} ran, their SQL, and perfloop's findings on them. */
    public Counted during(Runnable action) {
        ConcurrentLinkedQueue<Recorded> seen = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        try (StatementRouter.Registration ignored = StatementRouter.onUnscoped(seen::add)) {
            action.run();
        }
        List<StatementEvent> events = seen.stream().map(Recorded::event)
                .sorted(Comparator.comparingLong(StatementEvent::sequence)).toList();
        WorkUnit unit = new WorkUnit(0, "request", 0, 0, System.nanoTime() - start, events, 0);
        return new Counted(events.size(), events.stream().map(StatementEvent::sql).toList(),
                RULES.check(unit, RuleConfig.defaults()));
    }

    /**
     * Statements executed during an action.
     *
     * @param statements how many
     * @param sql        their SQL text, in order (for failure messages)
     * @param findings   what perfloop's statement rules (n-plus-one, repeated-query) say about them
     */
    public record Counted(long statements, List<String> sql, List<Finding> findings) {
    }
}
