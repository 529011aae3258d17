package io.perfloop.load.engine;

import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.Histogram;

import io.perfloop.load.record.RunRecorder;

/** Cuts the per-second windows on time and reports progress, on its own thread. */
final class Ticker implements AutoCloseable {
    private final RunRecorder recorder;
    private final long startNanos;
    private final ProgressListener listener;
    private final Slots<?> slots;
    private final Thread thread;
    private volatile boolean running = true;
    private long nextSecond;

    Ticker(RunRecorder recorder, long startNanos, ProgressListener listener, Slots<?> slots) {
        this.recorder = recorder;
        this.startNanos = startNanos;
        this.listener = listener;
        this.slots = slots;
        this.thread = new Thread(this::loop, "perfloop-ticker");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        while (running) {
            long due = startNanos + (nextSecond + 1) * 1_000_000_000L;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
                continue;
            }
            tick();
        }
    }

    private synchronized void tick() {
        Histogram window = recorder.tick(nextSecond);
        nextSecond++;
        listener.onSecond(new Progress(nextSecond, recorder.requests(), window.getTotalCount(),
                window.getTotalCount() == 0 ? 0 : window.getValueAtPercentile(50),
                window.getTotalCount() == 0 ? 0 : window.getValueAtPercentile(99), recorder.errors(),
                slots.inFlight(), slots.backlog()));
    }

    /** Stops the timer and closes the last, partial window. */
    @Override
    public void close() {
        running = false;
        LockSupport.unpark(thread);
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        tick();
    }
}
