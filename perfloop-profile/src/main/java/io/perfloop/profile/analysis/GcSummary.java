package io.perfloop.profile.analysis;

/**
 * Garbage collection over the recording.
 *
 * @param collections          GCs recorded
 * @param pauseNanos           total stop-the-world pause time
 * @param longestPauseNanos    the longest pause (for an endpoint: the longest stretch of one pause inside one of its requests)
 * @param pauseShare           pauseNanos / the scope's wall time
 * @param allocatedBytes       bytes allocated, estimated from allocation samples
 * @param allocationBytesPerSecond allocatedBytes / recording duration
 * @param heapUsedAfterGcMax   the highest heap occupancy right after a GC (a floor for the live set), 0 when unknown
 */
public record GcSummary(long collections, long pauseNanos, long longestPauseNanos, double pauseShare,
                        long allocatedBytes, double allocationBytesPerSecond, long heapUsedAfterGcMax) {
}
