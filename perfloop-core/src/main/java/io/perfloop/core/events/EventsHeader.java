package io.perfloop.core.events;

import java.util.Map;

/**
 * The first line of an events file.
 *
 * @param format           file format version ({@link EventsWriter#FORMAT})
 * @param producer         what wrote it, e.g. {@code perfloop-agent 0.1.0}
 * @param pid              process id of the captured JVM
 * @param jvm              its Java runtime version and vendor
 * @param startEpochMillis when capture started
 * @param options          the agent options in effect
 */
public record EventsHeader(int format, String producer, long pid, String jvm, long startEpochMillis,
                           Map<String, String> options) {
    public EventsHeader {
        options = Map.copyOf(options);
    }
}
