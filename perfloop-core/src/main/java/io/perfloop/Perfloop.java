package io.perfloop;

import io.perfloop.core.finding.Finding;
import io.perfloop.core.finding.RuleConfig;
import io.perfloop.core.finding.RuleRegistry;
import io.perfloop.core.report.UnitOfWorkText;
import io.perfloop.core.work.UnitOfWork;
import io.perfloop.core.work.WorkContext;
import io.perfloop.core.work.WorkUnit;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;

/**
 * Entry points for code that wants its work attributed:
 *
 * <pre>{@code
 * try (var uow = Perfloop.unitOfWork("GET /orders")) {
 *     orders.list(userId);                       // statements land in uow
 *     pool.submit(() -> prices.load());          // so do these, if pool = Perfloop.wrap(pool)
 * }
 * }</pre>
 */
public final class Perfloop {
    private Perfloop() {
    }

    /** Opens a unit of work on this thread; close it (try-with-resources) when the work ends. */
    public static UnitOfWork unitOfWork(String name) {
        return UnitOfWork.open(name);
    }

    /** An executor whose tasks are attributed to the unit of work that submitted them. */
    public static Executor wrap(Executor executor) {
        return WorkContext.wrap(executor);
    }

    /** An executor service whose tasks are attributed to the unit of work that submitted them. */
    public static ExecutorService wrap(ExecutorService executor) {
        return WorkContext.wrap(executor);
    }

    /** What every rule on the class path finds in the unit's statements so far, default thresholds. */
    public static List<Finding> findings(UnitOfWork unit) {
        return Holder.RULES.check(unit.snapshot(), RuleConfig.defaults());
    }

    /** The unit's statements in order, grouped by shape, and the findings with their fixes, as text. */
    public static String report(UnitOfWork unit) {
        WorkUnit snapshot = unit.snapshot();
        return UnitOfWorkText.render(snapshot, Holder.RULES.check(snapshot, RuleConfig.defaults()));
    }

    /** Loads the rules once, on first use. */
    private static final class Holder {
        static final RuleRegistry RULES = RuleRegistry.load(Perfloop.class.getClassLoader());
    }
}
