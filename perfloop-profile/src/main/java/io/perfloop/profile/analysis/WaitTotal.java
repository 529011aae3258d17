package io.perfloop.profile.analysis;

/**
 * Off-CPU time of one kind in a scope.
 *
 * @param kind       why
 * @param count      recorded waits
 * @param totalNanos their total duration
 * @param share      totalNanos / the scope's wall time
 */
public record WaitTotal(WaitKind kind, long count, long totalNanos, double share) {
}
