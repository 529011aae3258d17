package io.perfloop.profile.analysis;

/**
 * Where virtual threads blocked while pinned to their carrier ({@code jdk.VirtualThreadPinned}).
 *
 * @param site          the frame that pins (a class initializer, the caller of a native frame), else the first application frame
 * @param blockingFrame the frame that blocked while pinned (top of the stack)
 * @param reason        why it was pinned where the JDK says so (24+: e.g. {@code Native or VM frame on stack}); else a reason read from the stack
 * @param count         pinned blocking operations
 * @param totalNanos    their total duration
 * @param maxNanos      the longest
 */
public record PinnedSite(String site, String blockingFrame, String reason, long count, long totalNanos, long maxNanos) {
}
