package io.perfloop.profile.analysis;

/**
 * Time threads spent off the CPU at one place, for one reason (only waits over the recording's
 * threshold, 10 ms by default, are recorded by JFR).
 *
 * @param kind        why: lock, park, sleep, I/O…
 * @param site        the first application frame, {@code com.acme.Cache.get(Cache.java:17)}
 * @param topFrame    the frame that waited, e.g. {@code java.net.SocketInputStream.read}
 * @param subject     the monitor or lock class, the pinning reason, or "" when there is none
 * @param count       recorded waits
 * @param totalNanos  their total duration
 * @param maxNanos    the longest
 * @param share       totalNanos / the scope's wall time (may exceed 1 when many threads wait at once)
 */
public record WaitSite(WaitKind kind, String site, String topFrame, String subject, long count, long totalNanos,
                       long maxNanos, double share) {
}
