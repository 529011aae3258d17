package io.perfloop.load.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Opens a source's bytes from the start; called once per pass over the source. */
@FunctionalInterface
public interface InputOpener {
    /** A new stream positioned at the start. */
    InputStream open() throws IOException;

    /** Opens a file; {@code .gz} files (rotated logs) are decompressed on the fly. */
    static InputOpener file(Path path) {
        return () -> {
            InputStream in = Files.newInputStream(path);
            return path.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 64 * 1024) : in;
        };
    }
}
