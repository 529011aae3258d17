package io.perfloop.agent.bootstrap.context;

import io.perfloop.agent.bootstrap.request.ActiveRequest;

import java.util.concurrent.Callable;

/** A submitted {@link Callable} that runs in its submitter's unit of work and request. */
final class PropagatedCallable<V> implements Callable<V>, Propagated {
    private final Callable<V> original;
    private final Callable<V> attached;
    private final ActiveRequest request;

    PropagatedCallable(Callable<V> original, Callable<V> attached, ActiveRequest request) {
        this.original = original;
        this.attached = attached;
        this.request = request;
    }

    @Override
    public V call() throws Exception {
        TaskScope scope = TaskScope.open(request);
        try {
            return attached.call();
        } finally {
            if (scope != null) {
                scope.close();
            }
        }
    }

    @Override
    public Object original() {
        return original;
    }
}
