package io.perfloop.profile.analysis;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How to analyse recordings.
 *
 * @param requests          request intervals to attribute samples and events to endpoints (may be empty)
 * @param eventLoopThreads  names of non-blocking threads (Netty, Vert.x, Reactor event loops by default)
 * @param minStall          shortest event-loop stall kept (blocking waits are also subject to the recording's threshold)
 * @param cpuInterval       CPU sampling interval; null to read it from the recording
 * @param libraryFrames     what is not application code
 * @param maxStacks         distinct stacks kept before new ones are cut to their top frame (bounds memory)
 * @param top               rows kept per list (methods, lines, sites)
 * @param from              ignore samples and events before this instant; null for no bound
 * @param to                ignore samples and events after this instant; null for no bound
 * @param cpus              the CPUs the recorded JVM could run on (affinity, container limit), 0 to take the
 *                          recording's word for it (its container limit, else the machine's hardware threads):
 *                          JFR's per-thread CPU load is a share of these, and the sample-count check needs CPU time
 */
public record AnalysisOptions(List<RequestInterval> requests, Pattern eventLoopThreads, Duration minStall,
                              Duration cpuInterval, LibraryFrames libraryFrames, int maxStacks, int top,
                              java.time.Instant from, java.time.Instant to, int cpus) {

    /** Thread names of the common event loops: Netty (all transports, 4.1 and 4.2), Vert.x, Reactor Netty, Reactor's parallel scheduler. */
    public static final Pattern DEFAULT_EVENT_LOOP_THREADS = Pattern.compile(
            "(nio|epoll|kqueue|ioUring|multiThreadIo|defaultEventLoop)EventLoopGroup-\\d+-\\d+"
                    + "|vert\\.x-eventloop-thread-\\d+|reactor-http-(nio|epoll|kqueue|io_uring)-\\d+|reactor-tcp-.+|parallel-\\d+");

    public AnalysisOptions {
        requests = List.copyOf(requests);
        Objects.requireNonNull(eventLoopThreads, "eventLoopThreads");
        Objects.requireNonNull(minStall, "minStall");
        Objects.requireNonNull(libraryFrames, "libraryFrames");
        if (maxStacks < 1 || top < 1) {
            throw new IllegalArgumentException("maxStacks and top must be positive");
        }
        if (cpus < 0) {
            throw new IllegalArgumentException("cpus must be 0 (unknown) or positive, got " + cpus);
        }
    }

    /** No requests, the default event-loop names, 10 ms stalls, interval from the recording, 1M stacks, top 50. */
    public static AnalysisOptions defaults() {
        return new AnalysisOptions(List.of(), DEFAULT_EVENT_LOOP_THREADS, Duration.ofMillis(10), null,
                LibraryFrames.defaults(), 1_000_000, 50, null, null, 0);
    }

    /** The same options with request intervals, for per-endpoint profiles. */
    public AnalysisOptions withRequests(List<RequestInterval> value) {
        return new AnalysisOptions(value, eventLoopThreads, minStall, cpuInterval, libraryFrames, maxStacks, top, from, to, cpus);
    }

    /** The same options with other event-loop thread names. */
    public AnalysisOptions withEventLoopThreads(Pattern value) {
        return new AnalysisOptions(requests, value, minStall, cpuInterval, libraryFrames, maxStacks, top, from, to, cpus);
    }

    /** The same options with a known CPU sampling interval. */
    public AnalysisOptions withCpuInterval(Duration value) {
        return new AnalysisOptions(requests, eventLoopThreads, minStall, value, libraryFrames, maxStacks, top, from, to, cpus);
    }

    /** The same options restricted to samples and events between {@code start} and {@code end}. */
    public AnalysisOptions withWindow(java.time.Instant start, java.time.Instant end) {
        return new AnalysisOptions(requests, eventLoopThreads, minStall, cpuInterval, libraryFrames, maxStacks, top, start, end, cpus);
    }

    /**
     * The same options completed with what the recorder knew, where these options leave it open: the
     * sampling interval if none is set, the recorded JVM's CPU count if it is 0.
     */
    public AnalysisOptions withRecorded(Duration recordedInterval, int recordedCpus) {
        return new AnalysisOptions(requests, eventLoopThreads, minStall, cpuInterval != null ? cpuInterval : recordedInterval,
                libraryFrames, maxStacks, top, from, to, cpus > 0 ? cpus : Math.max(0, recordedCpus));
    }

    /** The same options for a JVM known to run on {@code value} CPUs (0: unknown, read the recording). */
    public AnalysisOptions withCpus(int value) {
        return new AnalysisOptions(requests, eventLoopThreads, minStall, cpuInterval, libraryFrames, maxStacks, top, from, to, value);
    }

    /** The same options with a bound on distinct stacks. */
    public AnalysisOptions withMaxStacks(int value) {
        return new AnalysisOptions(requests, eventLoopThreads, minStall, cpuInterval, libraryFrames, value, top, from, to, cpus);
    }
}
