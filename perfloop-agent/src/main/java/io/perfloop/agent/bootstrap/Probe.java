package io.perfloop.agent.bootstrap;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The switch of one instrumentation (JDBC, servlet, …). Probe code checks {@link #on()} first and
 * reports any exception of its own to {@link #fail(Throwable)}, which switches the probe off for
 * the rest of the JVM's life and logs once: a broken probe costs its data, never the request.
 */
public final class Probe {
    private final String name;
    private volatile boolean on = true;
    private final AtomicReference<String> failure = new AtomicReference<>();

    Probe(String name) {
        this.name = name;
    }

    /** The probe's name, as used in the agent's {@code disable=} option. */
    public String name() {
        return name;
    }

    /** Whether the probe still records. */
    public boolean on() {
        return on;
    }

    /** Switches the probe off without an error (the {@code disable=} option). */
    public void disable() {
        on = false;
    }

    /** Switches the probe off after an exception of its own; logs the first one only. */
    public void fail(Throwable error) {
        on = false;
        String described = describe(error);
        if (failure.compareAndSet(null, described)) {
            AgentLog.problem("probe '" + name + "' failed and is now off (the application is unaffected): " + described);
        }
    }

    /** The first failure, e.g. {@code servlet: NullPointerException at …}, or {@code null}. */
    public String failure() {
        String f = failure.get();
        return f == null ? null : name + ": " + f;
    }

    private static String describe(Throwable error) {
        StringBuilder text = new StringBuilder(String.valueOf(error));
        StackTraceElement[] frames = error.getStackTrace();
        for (int i = 0; i < Math.min(3, frames.length); i++) {
            text.append(i == 0 ? " at " : " < ").append(frames[i]);
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return "Probe[" + name + (on ? ", on" : ", off") + "]";
    }
}
