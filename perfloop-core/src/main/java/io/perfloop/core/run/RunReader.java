package io.perfloop.core.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;

/** Reads run files written by {@link RunWriter}, refusing what it cannot read with a message that says why. */
public final class RunReader {
    private RunReader() {
    }

    /**
     * Reads a run from a run directory (containing {@code run.json}) or from a run file.
     *
     * @throws RunFormatException when the file is malformed or of an unknown format version
     * @throws NoSuchFileException when neither exists
     */
    public static Run read(Path dirOrFile) throws IOException {
        Path file = Files.isDirectory(dirOrFile) ? dirOrFile.resolve(RunWriter.RUN_FILE) : dirOrFile;
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "no run file (expected a run directory or a run.json)");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /**
     * Reads a run from a stream.
     *
     * @param origin names the source in error messages (a file name)
     */
    public static Run read(InputStream in, String origin) throws IOException {
        JsonNode tree;
        try {
            tree = RunJson.MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            throw new RunFormatException(origin + ": malformed JSON at " + where(e.getLocation()) + ": "
                    + e.getOriginalMessage(), e);
        }
        if (tree == null || !tree.isObject()) {
            throw new RunFormatException(origin + ": not a run file (expected a JSON object)");
        }
        JsonNode format = tree.get("format");
        if (format == null || !format.isInt()) {
            throw new RunFormatException(origin + ": not a run file (no integer \"format\" field)");
        }
        if (format.intValue() != Run.FORMAT) {
            throw new RunFormatException(origin + ": run format " + format.intValue()
                    + " is not supported; this perfloop reads format " + Run.FORMAT
                    + (format.intValue() > Run.FORMAT ? " (written by a newer perfloop? upgrade to read it)" : ""));
        }
        try {
            return RunJson.MAPPER.treeToValue(tree, Run.class);
        } catch (JsonMappingException e) {
            throw new RunFormatException(origin + ": invalid run at " + path(e) + ": " + e.getOriginalMessage(), e);
        }
    }

    private static String where(JsonLocation location) {
        return location == null ? "unknown position"
                : "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder("$");
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                sb.append('.').append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
