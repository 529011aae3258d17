package io.perfloop.agent.bootstrap.context;

import io.perfloop.agent.bootstrap.Probe;
import io.perfloop.agent.bootstrap.Probes;
import io.perfloop.agent.bootstrap.request.ActiveRequest;
import io.perfloop.core.work.UnitOfWork;
import io.perfloop.core.work.WorkContext;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RunnableFuture;

/**
 * Carries the current unit of work (and the agent's request) from the thread that submits a task
 * to the thread that runs it, for the executors the agent instruments. A task submitted outside
 * any unit of work, or already carried, is returned as it is. Uses
 * {@link WorkContext#wrap(Runnable)}, the same propagation the library's {@code Perfloop.wrap}
 * offers, so both attribute work the same way.
 */
public final class Propagation {
    private static final Probe PROBE = Probes.EXECUTORS;

    private Propagation() {
    }

    /** The task, carrying the submitter's context if there is one. Never throws. */
    public static Runnable wrap(Runnable task) {
        try {
            if (task == null || task instanceof Propagated || !PROBE.on()) {
                return task;
            }
            UnitOfWork unit = UnitOfWork.current().orElse(null);
            if (unit == null) {
                return task;
            }
            ActiveRequest request = ActiveRequest.current();
            if (task instanceof RunnableFuture<?> future) {
                return futureOf(future, request);
            }
            return new PropagatedRunnable(task, WorkContext.wrap(task), request);
        } catch (Throwable e) {
            PROBE.fail(e);
            return task;
        }
    }

    private static <V> Runnable futureOf(RunnableFuture<V> future, ActiveRequest request) {
        return new PropagatedFuture<>(future, WorkContext.wrap(future), request);
    }

    /**
     * For {@code ForkJoinPool}: its own tasks are passed through unchanged (the pool hands them back
     * to their submitters), except {@code CompletableFuture}'s async stages, which are carried.
     */
    public static Runnable wrapForkJoin(Runnable task) {
        if (task instanceof ForkJoinTask<?> && !(task instanceof CompletableFuture.AsynchronousCompletionTask)) {
            return task;
        }
        return wrap(task);
    }

    /** The task, carrying the submitter's context if there is one. Never throws. */
    public static <V> Callable<V> wrap(Callable<V> task) {
        try {
            if (task == null || task instanceof Propagated || !PROBE.on()) {
                return task;
            }
            if (UnitOfWork.current().isEmpty()) {
                return task;
            }
            return new PropagatedCallable<>(task, WorkContext.wrap(task), ActiveRequest.current());
        } catch (Throwable e) {
            PROBE.fail(e);
            return task;
        }
    }

    /** The application's own tasks back, for {@code shutdownNow()}'s result. Never throws. */
    public static List<Runnable> unwrapAll(List<Runnable> tasks) {
        if (tasks == null) {
            return null;
        }
        try {
            List<Runnable> out = new ArrayList<>(tasks.size());
            for (Runnable r : tasks) {
                out.add(r instanceof Propagated p && p.original() instanceof Runnable original ? original : r);
            }
            return out;
        } catch (Throwable e) {
            PROBE.fail(e);
            return tasks;
        }
    }
}
