package io.perfloop.core.events;

import io.perfloop.core.event.RequestEvent;
import io.perfloop.core.work.WorkUnit;

/**
 * Bridges captured requests to the statement rules ({@code Rule<WorkUnit>}: n-plus-one,
 * repeated-query): a request is the unit of work the agent opened for it.
 */
public final class RequestUnits {
    private RequestUnits() {
    }

    /** The request as a unit of work named by its endpoint, with its statements and dropped count. */
    public static WorkUnit of(RequestEvent request) {
        return new WorkUnit(request.id(), request.endpoint(), 0, request.startEpochNanos(), request.wallNanos(),
                request.statements(), request.droppedStatements());
    }
}
