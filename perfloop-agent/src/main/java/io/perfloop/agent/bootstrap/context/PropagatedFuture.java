package io.perfloop.agent.bootstrap.context;

import io.perfloop.agent.bootstrap.request.ActiveRequest;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.RunnableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A submitted {@link RunnableFuture} (what {@code ExecutorService.submit} queues) that runs in its
 * submitter's unit of work, and still is the future: code that inspects queued tasks as futures
 * ({@code afterExecute} hooks, {@code shutdownNow()} results, {@code purge()}) keeps working.
 */
final class PropagatedFuture<V> implements RunnableFuture<V>, Propagated {
    private final RunnableFuture<V> original;
    private final Runnable attached;
    private final ActiveRequest request;

    PropagatedFuture(RunnableFuture<V> original, Runnable attached, ActiveRequest request) {
        this.original = original;
        this.attached = attached;
        this.request = request;
    }

    @Override
    public void run() {
        TaskScope scope = TaskScope.open(request);
        try {
            attached.run();
        } finally {
            if (scope != null) {
                scope.close();
            }
        }
    }

    @Override public boolean cancel(boolean mayInterruptIfRunning) { return original.cancel(mayInterruptIfRunning); }
    @Override public boolean isCancelled() { return original.isCancelled(); }
    @Override public boolean isDone() { return original.isDone(); }
    @Override public V get() throws InterruptedException, ExecutionException { return original.get(); }

    @Override
    public V get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        return original.get(timeout, unit);
    }

    @Override
    public Object original() {
        return original;
    }

    @Override
    public String toString() {
        return original.toString();
    }
}
