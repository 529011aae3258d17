package io.perfloop.load.pacing;

import java.io.Closeable;
import java.util.Iterator;

/**
 * The intended start times of an open-model run (replay or fixed rate), in non-decreasing order, produced
 * lazily from the source so that a schedule of any length takes bounded memory.
 */
public interface Schedule extends Iterator<ScheduledRequest>, Closeable {
    @Override
    void close();

    /** Records that were moved because they arrived later than the reorder window allowed. */
    default long lateRecords() {
        return 0;
    }
}
