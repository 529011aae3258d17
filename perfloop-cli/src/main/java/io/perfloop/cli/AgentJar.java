package io.perfloop.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Finds perfloop-agent.jar: the option, {@code PERFLOOP_AGENT_JAR}, next to perfloop.jar, or the build's output. */
final class AgentJar {
    private AgentJar() {
    }

    /** The build's versioned jar ({@code perfloop-agent-0.1.0.jar}) beside where the plain name was expected. */
    private static Path versioned(Path expected) {
        Path dir = expected.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return null;
        }
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches("perfloop-agent-[0-9].*\\.jar")
                    && !f.getFileName().toString().endsWith("-sources.jar")).findFirst().orElse(null);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    static Path locate(Path given) {
        List<Path> candidates = new ArrayList<>();
        if (given != null) {
            candidates.add(given);
        }
        String env = System.getenv("PERFLOOP_AGENT_JAR");
        if (env != null && !env.isBlank()) {
            candidates.add(Path.of(env));
        }
        try {
            Path cliJar = Path.of(AgentJar.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (cliJar.getParent() != null) {
                candidates.add(cliJar.getParent().resolve("perfloop-agent.jar"));
                candidates.add(cliJar.getParent().getParent().getParent().resolve("perfloop-agent/target/perfloop-agent.jar"));
            }
        } catch (Exception ignored) {
            // no code source: fall through to the working directory
        }
        candidates.add(Path.of("perfloop-agent/target/perfloop-agent.jar"));
        for (Path c : candidates) {
            if (Files.isRegularFile(c)) {
                return c;
            }
            Path built = versioned(c);
            if (built != null) {
                return built;
            }
        }
        throw new IllegalArgumentException("perfloop-agent.jar not found (looked at " + candidates + "); build it with "
                + "mvn -B -q -pl perfloop-agent -am package -DskipTests, or pass --agent");
    }
}
