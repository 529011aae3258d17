package io.perfloop.load.record;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

import io.perfloop.core.run.Workload.GeneratorStall;

/**
 * Detects stalls of the generator itself (GC pauses, CPU starvation, a suspended VM) the way Hyperfoil
 * does: a thread asks to wake every {@code PERIOD} and measures how late it actually woke. When it is late
 * by more than the threshold, nothing in this JVM could send on time either, so the run's latencies in
 * that moment are partly the generator's, and the user is told.
 */
public final class StallWatchdog implements AutoCloseable {
    static final long PERIOD_NANOS = 10_000_000L;

    private final long thresholdNanos;
    private final long startNanos;
    private final Consumer<GeneratorStall> listener;
    private final List<GeneratorStall> stalls = new ArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    /**
     * @param thresholdNanos lateness reported as a stall (100 ms by default)
     * @param startNanos     the run's start, for {@link GeneratorStall#atSecond()}
     * @param listener       told about each stall as it happens (on the watchdog thread)
     */
    public StallWatchdog(long thresholdNanos, long startNanos, Consumer<GeneratorStall> listener) {
        this.thresholdNanos = thresholdNanos;
        this.startNanos = startNanos;
        this.listener = listener;
        this.thread = new Thread(this::watch, "perfloop-stall-watchdog");
        thread.setDaemon(true);
        thread.setPriority(Thread.MAX_PRIORITY);
        thread.start();
    }

    private void watch() {
        long last = System.nanoTime();
        while (running) {
            LockSupport.parkNanos(PERIOD_NANOS);
            long now = System.nanoTime();
            long late = now - last - PERIOD_NANOS;
            if (late > thresholdNanos && running) {
                GeneratorStall stall = new GeneratorStall(Math.round((last - startNanos) / 1e7) / 100.0,
                        late / 1_000_000);
                synchronized (stalls) {
                    stalls.add(stall);
                }
                listener.accept(stall);
            }
            last = now;
        }
    }

    /** The stalls seen so far. */
    public List<GeneratorStall> stalls() {
        synchronized (stalls) {
            return List.copyOf(stalls);
        }
    }

    @Override
    public void close() {
        running = false;
        LockSupport.unpark(thread);
    }
}
