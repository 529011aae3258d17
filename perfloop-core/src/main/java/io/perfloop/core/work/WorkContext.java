package io.perfloop.core.work;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * Carries the current unit of work across threads: a task wrapped here runs attributed to the
 * unit that was current when it was <em>submitted</em>, whichever thread (pool, virtual) runs it.
 */
public final class WorkContext {
    private WorkContext() {
    }

    /** Wraps a task so it runs in the submitter's unit of work. */
    public static Runnable wrap(Runnable task) {
        UnitOfWork unit = UnitOfWork.current().orElse(null);
        if (unit == null) {
            return task;
        }
        return () -> {
            UnitOfWork previous = UnitOfWork.attach(unit);
            try {
                task.run();
            } finally {
                UnitOfWork.restore(previous);
            }
        };
    }

    /** Wraps a task so it runs in the submitter's unit of work. */
    public static <T> Callable<T> wrap(Callable<T> task) {
        UnitOfWork unit = UnitOfWork.current().orElse(null);
        if (unit == null) {
            return task;
        }
        return () -> {
            UnitOfWork previous = UnitOfWork.attach(unit);
            try {
                return task.call();
            } finally {
                UnitOfWork.restore(previous);
            }
        };
    }

    /** An executor whose tasks run in the unit of work current at each submission. */
    public static Executor wrap(Executor executor) {
        if (executor instanceof ExecutorService service) {
            return wrap(service);
        }
        return command -> executor.execute(wrap(command));
    }

    /** An executor service whose tasks run in the unit of work current at each submission. */
    public static ExecutorService wrap(ExecutorService service) {
        return service instanceof PropagatingExecutorService ? service : new PropagatingExecutorService(service);
    }

    private static final class PropagatingExecutorService implements ExecutorService {
        private final ExecutorService delegate;

        PropagatingExecutorService(ExecutorService delegate) {
            this.delegate = delegate;
        }

        private static <T> List<Callable<T>> wrapAll(Collection<? extends Callable<T>> tasks) {
            return tasks.stream().map(WorkContext::wrap).collect(Collectors.toList());
        }

        @Override public void execute(Runnable command) { delegate.execute(wrap(command)); }
        @Override public void shutdown() { delegate.shutdown(); }
        @Override public List<Runnable> shutdownNow() { return delegate.shutdownNow(); }
        @Override public boolean isShutdown() { return delegate.isShutdown(); }
        @Override public boolean isTerminated() { return delegate.isTerminated(); }
        @Override public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
            return delegate.awaitTermination(timeout, unit);
        }
        @Override public <T> Future<T> submit(Callable<T> task) { return delegate.submit(wrap(task)); }
        @Override public <T> Future<T> submit(Runnable task, T result) { return delegate.submit(wrap(task), result); }
        @Override public Future<?> submit(Runnable task) { return delegate.submit(wrap(task)); }
        @Override public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks) throws InterruptedException {
            return delegate.invokeAll(wrapAll(tasks));
        }
        @Override public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit)
                throws InterruptedException {
            return delegate.invokeAll(wrapAll(tasks), timeout, unit);
        }
        @Override public <T> T invokeAny(Collection<? extends Callable<T>> tasks) throws InterruptedException, ExecutionException {
            return delegate.invokeAny(wrapAll(tasks));
        }
        @Override public <T> T invokeAny(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit)
                throws InterruptedException, ExecutionException, TimeoutException {
            return delegate.invokeAny(wrapAll(tasks), timeout, unit);
        }
    }
}
