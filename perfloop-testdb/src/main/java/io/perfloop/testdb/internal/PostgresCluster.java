package io.perfloop.testdb.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One PostgreSQL data directory and the server on it, driven through {@code initdb} and
 * {@code pg_ctl} as the {@link ServerUser}.
 *
 * <p>Settings go into {@code postgresql.conf} (no shell quoting of values); only the port is
 * passed to {@code pg_ctl}, so a start that lost a port race can simply be retried on another.
 * The server writes its log to {@code server.log} in the data directory; failures quote its tail.
 */
public final class PostgresCluster {

    private static final Duration INITDB_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration PG_CTL_TIMEOUT = Duration.ofSeconds(90);
    private static final int LOG_TAIL_LINES = 25;

    private final PostgresBinaries.Installation binaries;
    private final ServerUser user;
    private final Path dataDirectory;
    private final Path serverLog;
    private volatile boolean owned;

    public PostgresCluster(PostgresBinaries.Installation binaries, ServerUser user, Path dataDirectory) {
        this.binaries = binaries;
        this.user = user;
        this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
        this.serverLog = this.dataDirectory.resolve("server.log");
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Creates the cluster (superuser {@code postgres}, trust authentication) with {@code settings}. */
    public void initialise(Map<String, String> settings) {
        prepareEmptyDirectory();
        Command.Result initdb = run("initdb", List.of("-D", dataDirectory.toString(), "-U", "postgres",
                "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions"), INITDB_TIMEOUT);
        if (!initdb.succeeded()) {
            throw new IllegalStateException("initdb failed (exit " + initdb.exitCode() + ") for " + dataDirectory
                    + " running as '" + user.name() + "'" + rootHint(initdb.output()) + ":\n" + initdb.output());
        }
        appendSettings(settings);
    }

    /**
     * Starts the server on {@code port} and waits until it accepts connections.
     *
     * @throws PortInUseException when the port was taken, so the caller may try another
     * @throws IllegalStateException for any other failure, quoting the server log
     */
    public void start(int port) {
        long logOffset = logSize();
        Command.Result start = run("pg_ctl", List.of("-D", dataDirectory.toString(), "-l", serverLog.toString(),
                "-o", "-p " + port, "-w", "-t", "60", "start"), PG_CTL_TIMEOUT);
        if (start.succeeded()) {
            return;
        }
        String log = logSince(logOffset);
        stop();
        if (log.contains("could not bind") || log.contains("Address already in use")) {
            throw new PortInUseException(port, log);
        }
        throw new IllegalStateException("PostgreSQL failed to start on port " + port + " (pg_ctl exit "
                + start.exitCode() + ", data directory " + dataDirectory + ", running as '" + user.name() + "')"
                + rootHint(start.output() + log) + "\npg_ctl said:\n" + indent(start.output())
                + "\nserver log " + serverLog + " (last " + LOG_TAIL_LINES + " lines):\n" + indent(tail(log)));
    }

    /** Stops a running server (fast, then immediate); does nothing when none runs. */
    public void stop() {
        if (!Files.exists(dataDirectory.resolve("postmaster.pid"))) {
            return;
        }
        for (String mode : List.of("fast", "immediate")) {
            Command.Result stop = run("pg_ctl", List.of("-D", dataDirectory.toString(), "-m", mode, "-w", "-t", "30",
                    "stop"), PG_CTL_TIMEOUT);
            if (stop.succeeded() || !Files.exists(dataDirectory.resolve("postmaster.pid"))) {
                return;
            }
        }
    }

    /** Removes the data directory with everything in it, unless it was found non-empty (not ours). */
    public void delete() {
        if (!owned) {
            return;
        }
        try {
            DirectoryTree.delete(dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove PostgreSQL data directory " + dataDirectory, e);
        }
    }

    private void prepareEmptyDirectory() {
        try {
            Files.createDirectories(dataDirectory);
            try (Stream<Path> entries = Files.list(dataDirectory)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException("PostgreSQL data directory " + dataDirectory
                            + " is not empty; give a new or empty directory (it is deleted on close)");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not create PostgreSQL data directory " + dataDirectory, e);
        }
        owned = true;
        user.handOver(dataDirectory);
    }

    private void appendSettings(Map<String, String> settings) {
        List<String> lines = new ArrayList<>(List.of("", "# written by perfloop-testdb"));
        settings.forEach((key, value) -> lines.add(ServerSettings.line(key, value)));
        try {
            Files.write(dataDirectory.resolve("postgresql.conf"), lines, StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write postgresql.conf in " + dataDirectory, e);
        }
    }

    private Command.Result run(String tool, List<String> args, Duration timeout) {
        return Command.run(user.command(binaries.tool(tool), args), timeout);
    }

    /** Explains "Permission denied" when it is the usual root-related cause. */
    private String rootHint(String output) {
        return user.switchesUser() && output.contains("Permission denied")
                ? " (the JVM runs as root, so PostgreSQL runs as '" + user.name()
                        + "', who must be able to reach the data directory and the binaries under " + binaries.home() + ")"
                : "";
    }

    private long logSize() {
        try {
            return Files.exists(serverLog) ? Files.size(serverLog) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private String logSince(long offset) {
        try {
            byte[] bytes = Files.exists(serverLog) ? Files.readAllBytes(serverLog) : new byte[0];
            int from = (int) Math.min(offset, bytes.length);
            String text = new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
            return text.isBlank() ? "(empty)" : text;
        } catch (IOException e) {
            return "(could not read " + serverLog + ": " + e.getMessage() + ")";
        }
    }

    private static String tail(String text) {
        List<String> lines = text.strip().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
    }

    private static String indent(String text) {
        return text.strip().lines().map(line -> "  " + line).reduce((a, b) -> a + "\n" + b).orElse("  (nothing)");
    }
}
