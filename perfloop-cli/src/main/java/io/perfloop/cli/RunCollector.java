package io.perfloop.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * Evidence a recording gathers beside the agent's requests — query plans, profiles — while the
 * application is still running. {@link Recorder} calls each collector at the edges of the measured
 * window; a collector writes its files (and its findings, through
 * {@link io.perfloop.core.detect.CollectedFindings}) into the run directory. A collector that fails
 * says why on {@code err} and the recording goes on without it: evidence is never worth losing the run.
 */
interface RunCollector {
    /** What a collector knows about the recording in progress. */
    record RunContext(Path dir, long pid, Recorder.Plan plan, PrintWriter out, PrintWriter err) {
    }

    /** A short name for messages, e.g. {@code query plans}. */
    String name();

    /** The measured window starts now (the agent keeps requests from here). */
    default void measuringStarted(RunContext run) throws Exception {
    }

    /** The measured window is over and the agent has flushed; the application is still running. */
    default void measuringEnded(RunContext run) throws Exception {
    }
}
