package io.perfloop;

import io.perfloop.core.work.UnitOfWork;
import io.perfloop.core.work.WorkContext;

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
}
