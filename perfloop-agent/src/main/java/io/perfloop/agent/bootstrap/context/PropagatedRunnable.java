package io.perfloop.agent.bootstrap.context;

import io.perfloop.agent.bootstrap.request.ActiveRequest;

/** A submitted {@link Runnable} that runs in its submitter's unit of work and request. */
final class PropagatedRunnable implements Runnable, Propagated {
    private final Runnable original;
    private final Runnable attached;
    private final ActiveRequest request;

    PropagatedRunnable(Runnable original, Runnable attached, ActiveRequest request) {
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

    @Override
    public Object original() {
        return original;
    }

    @Override
    public String toString() {
        return original.toString();
    }
}
