package io.perfloop.db.captured;

import io.perfloop.core.event.StatementEvent;

import java.util.Objects;

/**
 * One statement shape (fingerprint) as an endpoint ran it during a recording, with what it cost
 * the endpoint and one captured execution to explain.
 *
 * @param endpoint          the endpoint, e.g. {@code GET /api/orders}
 * @param fingerprint       the statement's shape, literals and binds as {@code ?}
 * @param sample            the execution to explain: of those captured, the one with the median
 *                          duration, preferring executions whose bind values were kept
 * @param executions        how many times the endpoint ran it
 * @param requests          in how many of the endpoint's requests
 * @param totalNanos        its summed execution time
 * @param endpointWallNanos the endpoint's summed wall time over the same requests
 * @param endpointRequests  the endpoint's captured requests
 */
public record StatementShape(String endpoint, String fingerprint, StatementEvent sample, long executions, int requests,
                             long totalNanos, long endpointWallNanos, int endpointRequests) {
    public StatementShape {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(sample, "sample");
    }

    /** Its share of the endpoint's wall time, 0..1 (statements on parallel threads can add up to more: capped). */
    public double share() {
        return endpointWallNanos <= 0 ? 0 : Math.min(1, (double) totalNanos / endpointWallNanos);
    }

    /** Mean duration of one execution in milliseconds. */
    public double meanMillis() {
        return executions == 0 ? 0 : totalNanos / 1e6 / executions;
    }
}
