package io.perfloop.core.work;

/**
 * How deep the current thread is inside instrumented calls of one kind, so that only the
 * outermost one is recorded: a pool's statement calling the driver's statement, a driver's
 * {@code executeQuery} calling its own {@code execute}, perfloop's JDBC proxy calling a driver
 * the agent instruments — each is one statement. The same idea as OpenTelemetry's
 * {@code CallDepth}. Lives here, in the part of perfloop the agent loads once for the whole JVM,
 * so that the library's proxies and the agent's advice share one counter.
 *
 * <p>Callers pair every {@link #enter()} with one {@link #exit()}, in a {@code finally}.
 */
public final class CallDepth {
    /** JDBC calls: perfloop-jdbc's proxies and the agent's JDBC advice. */
    public static final CallDepth JDBC = new CallDepth();

    private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);

    /** A counter of its own, for one kind of instrumented call. */
    public CallDepth() {
    }

    /** Enters one level; returns the depth before, so 0 means "outermost". */
    public int enter() {
        return depth.get()[0]++;
    }

    /** Leaves one level. */
    public void exit() {
        int[] d = depth.get();
        if (d[0] > 0) {
            d[0]--;
        }
    }

    /** The current depth on this thread (0 outside any call). */
    public int current() {
        return depth.get()[0];
    }
}
