package io.perfloop.agent.bootstrap.context;

import io.perfloop.agent.bootstrap.request.ActiveRequest;
import io.perfloop.agent.bootstrap.request.ThreadResources;

/**
 * A task handed over by a request runs inside this scope on its worker thread: the request is
 * current there, and the CPU and allocations of the run are added to it — unless the request
 * is already being measured on this thread (a caller-runs executor, a fork-join join that runs
 * the task inline), where they are counted once already.
 */
final class TaskScope {
    private final ActiveRequest request;
    private final ActiveRequest previous;
    private final long cpuStart;
    private final long allocStart;
    private final boolean measured;

    private TaskScope(ActiveRequest request) {
        this.request = request;
        this.previous = ActiveRequest.enterTask(request);
        this.measured = previous != request;
        this.cpuStart = measured ? ThreadResources.cpuNanos() : 0;
        this.allocStart = measured ? ThreadResources.allocatedBytes() : 0;
        if (measured) {
            request.taskStarted();
        }
    }

    /** Opens a scope for a task of {@code request}; {@code null} when the task belongs to no request. */
    static TaskScope open(ActiveRequest request) {
        return request == null ? null : new TaskScope(request);
    }

    void close() {
        try {
            if (measured) {
                request.addTaskResources(ThreadResources.delta(cpuStart, ThreadResources.cpuNanos()),
                        ThreadResources.delta(allocStart, ThreadResources.allocatedBytes()));
                request.taskEnded();
            }
        } finally {
            ActiveRequest.exitTask(previous);
        }
    }
}
