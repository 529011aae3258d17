package io.perfloop.load.source;

import java.io.IOException;

/**
 * A workload: a file of requests that can be read, from the start, as many times as the run needs
 * (a fixed-rate run longer than the log loops over it).
 */
public interface RequestSource {
    /**
     * Starts a new pass from the beginning.
     *
     * @param problems told about every record that is skipped as malformed
     */
    SourceIterator open(SourceProblems problems) throws IOException;

    /** {@code access-log}, {@code har} or {@code targets}. */
    String kind();

    /** Names the source for messages and the run file, e.g. its file name. */
    String describe();
}
