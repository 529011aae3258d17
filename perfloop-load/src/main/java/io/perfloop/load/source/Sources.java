package io.perfloop.load.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Chooses a source for a file: by {@code --source-type} when given, else by extension and first byte. */
public final class Sources {
    private Sources() {
    }

    /**
     * @param file      the workload file
     * @param type      {@code access-log}, {@code har}, {@code targets}, or {@code null} to detect
     * @param logFormat access-log format ({@code combined} when null)
     * @param headers   header replay policy
     */
    public static RequestSource open(Path file, String type, String logFormat, HeaderPolicy headers) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "workload file not found");
        }
        String kind = type != null ? type.toLowerCase(Locale.ROOT) : detect(file);
        String name = file.toString();
        InputOpener opener = InputOpener.file(file);
        return switch (kind) {
            case "access-log", "log" -> new AccessLogSource(opener, name,
                    LogFormat.of(logFormat == null ? "combined" : logFormat), headers);
            case "har" -> new HarSource(opener, name, headers);
            case "targets" -> new TargetFileSource(opener, name,
                    file.toAbsolutePath().getParent(), headers);
            default -> throw new IllegalArgumentException("unknown source type '" + type
                    + "' (access-log, har, targets)");
        };
    }

    private static String detect(Path file) throws IOException {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".har")) {
            return "har";
        }
        if (n.endsWith(".targets") || n.endsWith(".txt") && !n.contains("log")) {
            return "targets";
        }
        try (InputStream in = InputOpener.file(file).open()) {
            int first;
            do {
                first = in.read();
            } while (first == ' ' || first == '\n' || first == '\r' || first == '\t');
            if (first == '{') {
                return "har";
            }
            if (first >= 'A' && first <= 'Z') {
                return "targets"; // "GET /..." — access logs start with an address
            }
        }
        return "access-log";
    }
}
