package io.perfloop.load.engine;

import io.perfloop.core.run.Workload.GeneratorStall;

/** Told about a run while it runs (on the engine's timer and watchdog threads). */
public interface ProgressListener {
    /** Does nothing. */
    ProgressListener NONE = new ProgressListener() {
    };

    /** Once per second. */
    default void onSecond(Progress progress) {
    }

    /** When the generator itself stalled. */
    default void onStall(GeneratorStall stall) {
    }
}
