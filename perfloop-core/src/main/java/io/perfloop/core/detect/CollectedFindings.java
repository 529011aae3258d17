package io.perfloop.core.detect;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.perfloop.core.finding.Finding;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Findings made outside the {@link FindingsEngine} — from query plans, from profiles — and kept in
 * the run directory as {@code findings-<source>.json}, so a run read back later (by {@code compare},
 * by the report) ranks them with the findings over the captured requests. Each finding's scope is
 * its endpoint and its predicted gain a share of that endpoint's wall time, as for the engine's own.
 */
public final class CollectedFindings {
    /** File name prefix inside the run directory. */
    public static final String PREFIX = "findings-";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final TypeReference<List<Finding>> LIST = new TypeReference<>() {
    };

    private CollectedFindings() {
    }

    /**
     * Writes the findings of one source (e.g. {@code db}, {@code profile}) into {@code dir}, replacing
     * what that source wrote before.
     */
    public static Path write(Path dir, String source, List<Finding> findings) throws IOException {
        if (!source.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("source must be lower-case letters, digits or '-', was '" + source + "'");
        }
        Path file = dir.resolve(PREFIX + source + ".json");
        Path partial = dir.resolve(PREFIX + source + ".json.partial");
        JSON.writeValue(partial.toFile(), findings);
        return Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Every source's findings in {@code dir}, in file-name order.
     *
     * @throws IOException naming the file when one cannot be read (a run directory edited by hand)
     */
    public static List<Finding> readAll(Path dir) throws IOException {
        List<Finding> all = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return all;
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, PREFIX + "*.json")) {
            stream.forEach(files::add);
        }
        files.sort(null);
        for (Path file : files) {
            try {
                all.addAll(JSON.readValue(file.toFile(), LIST));
            } catch (IOException e) {
                throw new IOException(file + " is not a list of findings: " + e.getMessage(), e);
            }
        }
        return all;
    }
}
