package io.perfloop.profile.analysis;

/**
 * An event-loop thread that stopped serving its loop: a blocking wait recorded on it, or one task
 * running on the CPU for a long stretch (consecutive CPU samples of one task).
 *
 * @param cause      what it did: a {@link WaitKind} label, or {@code cpu}
 * @param site       the first application frame (for {@code cpu}: the task's entry frame)
 * @param topFrame   the frame that blocked; for {@code cpu}, the task's entry frame
 * @param thread     one thread it happened on, e.g. {@code nioEventLoopGroup-2-1}
 * @param count      stalls
 * @param totalNanos their total duration
 * @param maxNanos   the longest
 */
public record Stall(String cause, String site, String topFrame, String thread, long count, long totalNanos, long maxNanos) {
}
