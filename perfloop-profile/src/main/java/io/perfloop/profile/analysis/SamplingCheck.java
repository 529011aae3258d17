package io.perfloop.profile.analysis;

/**
 * Whether the CPU sampler kept up: samples taken versus samples due from the CPU time the busy
 * threads really used (JFR's per-thread CPU load). JFR on JDK 17 misses threads in native or
 * intrinsic code; this is how a profile says so.
 *
 * @param samples        CPU samples on the checked threads
 * @param expected       CPU time of those threads / sampling interval; 0 when CPU load was not recorded
 * @param busyThreads    threads with enough CPU time to check
 * @param low            whether samples fall far short of expected
 * @param message        a warning when low, else a one-line summary (or why no check was possible)
 */
public record SamplingCheck(long samples, double expected, int busyThreads, boolean low, String message) {
}
