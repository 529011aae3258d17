package io.perfloop.core.work;

import io.perfloop.core.event.StatementEvent;

import java.util.List;

/**
 * An immutable view of a unit of work: what it ran.
 *
 * @param id              unit id
 * @param name            unit name, e.g. {@code GET /orders}
 * @param parentId        enclosing unit's id, 0 at the top
 * @param startEpochNanos when it opened
 * @param durationNanos   how long it was open (until now, if still open)
 * @param statements      statements in capture order, including nested units'
 * @param dropped         statements beyond the unit's capacity, counted but not kept
 */
public record WorkUnit(long id, String name, long parentId, long startEpochNanos, long durationNanos,
                       List<StatementEvent> statements, long dropped) {
}
