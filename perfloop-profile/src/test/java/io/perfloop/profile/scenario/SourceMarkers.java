package io.perfloop.profile.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Finds the line of a marker comment in a test program's source, so no line number is hard-coded. */
final class SourceMarkers {
    private SourceMarkers() {
    }

    static int line(String testappClass, String marker) throws IOException {
        Path source = Path.of("src/test/java/io/perfloop/profile/testapp", testappClass + ".java");
        List<String> lines = Files.readAllLines(source);
        int found = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(marker)) {
                if (found > 0) {
                    throw new IllegalStateException(marker + " appears twice in " + source);
                }
                found = i + 1;
            }
        }
        if (found < 0) {
            throw new IllegalStateException(marker + " not found in " + source);
        }
        return found;
    }
}
