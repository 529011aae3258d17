package io.perfloop.core.run;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes runs as {@code <runsDir>/<id>/run.json}. */
public final class RunWriter {
    /** The file name inside a run directory. */
    public static final String RUN_FILE = "run.json";

    private RunWriter() {
    }

    /**
     * Creates {@code <runsDir>/<id>/run.json}. When a directory with the run's id exists already, a suffix
     * ({@code -2}, {@code -3}, ...) keeps both; the returned run carries the id actually used.
     *
     * @return the directory written
     */
    public static Path create(Path runsDir, Run run) throws IOException {
        Files.createDirectories(runsDir);
        String id = run.id();
        for (int attempt = 2; ; attempt++) {
            Path dir = runsDir.resolve(id);
            try {
                Files.createDirectory(dir);
                write(dir.resolve(RUN_FILE), run.withId(id));
                return dir;
            } catch (FileAlreadyExistsException taken) {
                id = run.id() + "-" + attempt;
            }
        }
    }

    /** Writes one run file, atomically where the file system allows (a reader never sees half a file). */
    public static void write(Path file, Run run) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            write(out, run);
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Writes a run as JSON to a stream (left open). */
    public static void write(OutputStream out, Run run) throws IOException {
        if (run.format() != Run.FORMAT) {
            throw new IllegalArgumentException("can only write format " + Run.FORMAT + ", not " + run.format());
        }
        RunJson.MAPPER.writer().without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValue(out, run);
    }

    /** The run as a JSON string. */
    public static String toJson(Run run) {
        try {
            return RunJson.MAPPER.writeValueAsString(run);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
