package io.perfloop.testdb.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Servers left behind by JVMs that died without running their shutdown hooks (kill -9, a Surefire
 * fork killed on timeout): still running, holding a port and memory, their data directory in the
 * temp directory.
 *
 * <p>Every data directory this module creates in the temp directory carries the owning JVM's pid
 * ({@value #OWNER_FILE}). A sweep stops the server of any directory whose owner is no longer
 * alive and deletes the directory; a directory without an owner file (a JVM killed during initdb)
 * is deleted once it is older than an hour. Directories of other users are skipped.
 */
public final class StaleServers {

    /** Prefix of the data directories this module creates in the temp directory. */
    public static final String DIRECTORY_PREFIX = "perfloop-pgdata-";
    static final String OWNER_FILE = "perfloop-owner.pid";
    private static final Duration ORPHAN_AGE = Duration.ofHours(1);

    private StaleServers() {
    }

    /** Records this JVM as the owner of {@code dataDirectory}. */
    public static void claim(Path dataDirectory) throws IOException {
        Files.writeString(dataDirectory.resolve(OWNER_FILE), Long.toString(ProcessHandle.current().pid()));
    }

    /** Stops and removes what dead JVMs left in {@code tempDirectory}; returns the directories removed. */
    public static List<Path> sweep(Path tempDirectory, PostgresBinaries.Installation binaries, ServerUser user) {
        List<Path> removed = new ArrayList<>();
        try (DirectoryStream<Path> candidates = Files.newDirectoryStream(tempDirectory, DIRECTORY_PREFIX + "*")) {
            for (Path directory : candidates) {
                if (isAbandoned(directory)) {
                    new PostgresCluster(binaries, user, directory).stop();
                    DirectoryTree.delete(directory);
                    removed.add(directory);
                }
            }
        } catch (IOException | RuntimeException e) {
            // best effort: a sweep must never keep a new server from starting
        }
        return removed;
    }

    private static boolean isAbandoned(Path directory) {
        try {
            Optional<Long> owner = owner(directory);
            if (owner.isPresent()) {
                return ProcessHandle.of(owner.get()).map(process -> !process.isAlive()).orElse(true);
            }
            return Files.getLastModifiedTime(directory).toInstant().isBefore(Instant.now().minus(ORPHAN_AGE));
        } catch (IOException | RuntimeException unreadable) {
            return false; // another user's, or gone meanwhile
        }
    }

    private static Optional<Long> owner(Path directory) throws IOException {
        Path file = directory.resolve(OWNER_FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(new String(Files.readAllBytes(file), StandardCharsets.US_ASCII).strip()));
    }
}
