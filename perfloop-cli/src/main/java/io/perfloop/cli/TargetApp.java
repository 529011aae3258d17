package io.perfloop.cli;

import java.time.Duration;

/**
 * The application a recording measures: one {@code record} starts with the agent
 * ({@link AppProcess}), or one already running that it attaches the agent to ({@link AttachedApp}).
 */
interface TargetApp extends AutoCloseable {
    /** Waits until {@code readyUrl} answers below 500; fails with what the application said when it does not. */
    void awaitReady(String readyUrl, Duration timeout) throws InterruptedException;

    /** Whether the application is still running. */
    boolean alive();

    /** How it ended, once it is no longer {@link #alive()}, e.g. {@code exited with code 1}. */
    String ending();

    /** The last lines of its output, when perfloop has them. */
    String tail(int lines);

    /** Lets go of the application: stops one perfloop started, leaves an attached one running. */
    @Override
    void close() throws InterruptedException;
}
