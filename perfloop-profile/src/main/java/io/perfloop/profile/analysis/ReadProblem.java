package io.perfloop.profile.analysis;

import java.nio.file.Path;

/**
 * A recording that could not be read to its end; the analysis holds what was read before it.
 *
 * @param file       the recording
 * @param eventsRead events read from it before the problem
 * @param message    what went wrong, for humans
 */
public record ReadProblem(Path file, long eventsRead, String message) {
}
