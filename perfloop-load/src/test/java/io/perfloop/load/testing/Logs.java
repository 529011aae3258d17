package io.perfloop.load.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Writes access logs for tests, in the formats real servers write. */
public final class Logs {
    private static final DateTimeFormatter CLF = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT)
            .withZone(ZoneOffset.ofHours(2));
    public static final long T0 = Instant.parse("2025-03-04T10:00:00Z").toEpochMilli();

    private Logs() {
    }

    /** A combined-format line as nginx writes it. */
    public static String combined(long epochMillis, String method, String path, int status) {
        return "203.0.113.7 - - [" + CLF.format(Instant.ofEpochMilli(epochMillis)) + "] \"" + method + " " + path
                + " HTTP/1.1\" " + status + " 512 \"-\" \"Mozilla/5.0 (X11; Linux x86_64)\"";
    }

    /** A line of the format {@code $msec "$request" $status} (millisecond timestamps). */
    public static String msec(long epochMillis, String method, String path) {
        return String.format(Locale.ROOT, "%d.%03d \"%s %s HTTP/1.1\" 200", epochMillis / 1000, epochMillis % 1000,
                method, path);
    }

    /** The format string for {@link #msec}. */
    public static final String MSEC_FORMAT = "$msec \"$request\" $status";

    public static Path write(Path dir, String name, List<String> lines) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, lines);
        return file;
    }
}
