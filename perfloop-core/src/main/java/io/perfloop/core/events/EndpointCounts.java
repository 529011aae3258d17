package io.perfloop.core.events;

/**
 * Everything the agent counted for one endpoint, including requests it did not write, so that
 * per-endpoint totals and means stay exact when requests were sampled out or dropped.
 *
 * @param endpoint         endpoint name
 * @param warmup           requests that finished before capture started keeping (discarded)
 * @param measured         requests that finished while keeping; the sums below cover exactly these
 * @param written          measured requests written to the file
 * @param sampledOut       measured requests left out by sampling beyond the per-endpoint cap
 * @param dropped          measured requests lost because the writer's queue was full or capture had stopped
 * @param errors           measured requests that failed (5xx or exception)
 * @param wallNanos        sum of wall time
 * @param cpuNanos         sum of CPU time (requests whose CPU was unknown add nothing)
 * @param allocatedBytes   sum of allocated bytes (likewise)
 * @param responseBytes    sum of known response sizes
 * @param statements       sum of statements (including those beyond the per-request cap)
 * @param httpCalls        sum of downstream calls (likewise)
 */
public record EndpointCounts(String endpoint, long warmup, long measured, long written, long sampledOut, long dropped,
                             long errors, long wallNanos, long cpuNanos, long allocatedBytes, long responseBytes,
                             long statements, long httpCalls) {

    /** JSON names of the counts, in component order after {@code endpoint}. */
    static final String[] FIELDS = {"warmup", "measured", "written", "sampledOut", "dropped", "errors",
            "wallNanos", "cpuNanos", "allocatedBytes", "responseBytes", "statements", "httpCalls"};

    /** Mean wall time of the measured requests, in nanoseconds; 0 when none. */
    public double meanWallNanos() {
        return measured == 0 ? 0 : wallNanos / (double) measured;
    }
}
