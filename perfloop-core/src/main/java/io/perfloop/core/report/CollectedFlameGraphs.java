package io.perfloop.core.report;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Flame graphs made during a recording (by the profiler, see perfloop-profile) kept in the run
 * directory as {@value #FILE}, so the report drawn from the run directory — now or later — shows
 * them without core knowing how they were made.
 */
public final class CollectedFlameGraphs {
    /** File name inside the run directory. */
    public static final String FILE = "flamegraphs.json";

    private static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final TypeReference<List<FlameGraph>> LIST = new TypeReference<>() {
    };

    private CollectedFlameGraphs() {
    }

    /** Writes {@code graphs} into {@code dir}, replacing what was there (atomically). */
    public static Path write(Path dir, List<FlameGraph> graphs) throws IOException {
        Path file = dir.resolve(FILE);
        Path partial = dir.resolve(FILE + ".partial");
        JSON.writeValue(partial.toFile(), graphs);
        return Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * The flame graphs of the run in {@code dir}; empty when it has none.
     *
     * @throws IOException naming the file when it cannot be read
     */
    public static List<FlameGraph> read(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return JSON.readValue(file.toFile(), LIST);
        } catch (IOException e) {
            throw new IOException(file + " is not a list of flame graphs: " + e.getMessage(), e);
        }
    }
}
