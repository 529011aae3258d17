package io.perfloop.profile.record;

import java.nio.file.Path;
import java.time.Duration;

/** async-profiler's command strings (the same syntax for its Java API, {@code -agentpath:} and attach). */
final class AsyncProfilerCommand {
    private AsyncProfilerCommand() {
    }

    /** Starts CPU sampling every {@code interval}, writing JFR to {@code file} when stopped (or at JVM exit). */
    static String startCpu(Duration interval, Path file) {
        return "start,event=cpu,interval=" + interval.toNanos() + ",jfr,file=" + checked(file);
    }

    /** Stops sampling and writes the file given at start. */
    static String stop(Path file) {
        return "stop,file=" + checked(file);
    }

    private static String checked(Path file) {
        String path = file.toAbsolutePath().toString();
        if (path.contains(",")) {
            throw new IllegalArgumentException("async-profiler cannot write to a path containing ',': " + path);
        }
        return path;
    }
}
