package io.perfloop.core.work;

import io.perfloop.core.event.StatementEvent;

/**
 * A statement recorded into a unit of work. Capture records a statement when it executes but
 * keeps counting the rows its result set yields afterwards, so units hold this view and take
 * the event only when asked for a snapshot.
 */
@FunctionalInterface
public interface Recorded {
    /** The statement as it stands now. */
    StatementEvent event();
}
