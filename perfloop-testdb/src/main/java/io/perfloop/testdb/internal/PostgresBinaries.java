package io.perfloop.testdb.internal;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.util.ArchUtils;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * zonky's PostgreSQL binaries, unpacked once into a cache directory and reused by every later
 * JVM.
 *
 * <p>The cache entry is named after the SHA-256 of the archive, so a new binaries version never
 * reuses an old tree. Unpacking happens in a staging directory that is atomically renamed into
 * place, under an in-JVM monitor plus an exclusive {@link FileLock} on a sibling lock file, so
 * two JVMs (parallel Maven builds) never unpack into each other and a crashed JVM leaves at most
 * a staging directory, never a half-filled entry. The cache root defaults to
 * {@code <java.io.tmpdir>/perfloop-pg-bin-<user>} (world-traversable, because as root the server
 * runs as another user) and can be moved with {@value #CACHE_PROPERTY} or
 * {@code PERFLOOP_TESTDB_CACHE}.
 */
public final class PostgresBinaries {

    /** System property overriding the cache root. */
    public static final String CACHE_PROPERTY = "perfloop.testdb.cacheDir";

    private static final String COMPLETE_MARKER = ".complete";
    private static final Object JVM_LOCK = new Object();
    private static final Map<Path, Path> INSTALLED = new ConcurrentHashMap<>();

    /** Where the binaries live, and whether this call had to unpack them. */
    public record Installation(Path home, boolean extracted) {
        /** A program in the installation's {@code bin} directory. */
        public Path tool(String name) {
            return home.resolve("bin").resolve(name);
        }
    }

    private PostgresBinaries() {
    }

    /** The default cache root, honouring the overrides. */
    public static Path defaultCacheRoot() {
        String configured = System.getProperty(CACHE_PROPERTY, System.getenv("PERFLOOP_TESTDB_CACHE"));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "perfloop-pg-bin-" + System.getProperty("user.name"))
                .toAbsolutePath();
    }

    /** Returns an unpacked installation under {@code cacheRoot}, unpacking it first if needed. */
    public static Installation install(Path cacheRoot) {
        Path root = cacheRoot.toAbsolutePath().normalize();
        Path known = INSTALLED.get(root);
        if (known != null && isComplete(known)) {
            return new Installation(known, false);
        }
        synchronized (JVM_LOCK) {
            try {
                byte[] archive = readArchive();
                Path home = root.resolve("pg-" + sha256(archive).substring(0, 16));
                boolean extracted = !isComplete(home) && extractLocked(archive, root, home);
                INSTALLED.put(root, home);
                return new Installation(home, extracted);
            } catch (IOException e) {
                throw new UncheckedIOException("could not unpack the PostgreSQL binaries into " + root + ": " + e, e);
            }
        }
    }

    /** Unpacks under the file lock; false when another JVM finished it while we waited. */
    private static boolean extractLocked(byte[] archive, Path root, Path home) throws IOException {
        Files.createDirectories(root);
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path lockFile = root.resolve(home.getFileName() + ".lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            if (isComplete(home)) {
                return false;
            }
            DirectoryTree.delete(home); // a tree whose files a temp cleaner removed
            Path staging = Files.createTempDirectory(root, home.getFileName() + ".staging-");
            try {
                TarXz.extract(archive, staging);
                Files.createFile(staging.resolve(COMPLETE_MARKER));
                Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                DirectoryTree.delete(staging);
            }
            return true;
        }
    }

    private static boolean isComplete(Path home) {
        return Files.exists(home.resolve(COMPLETE_MARKER))
                && Files.isExecutable(home.resolve("bin/initdb"))
                && Files.isExecutable(home.resolve("bin/pg_ctl"))
                && Files.isExecutable(home.resolve("bin/postgres"));
    }

    private static byte[] readArchive() throws IOException {
        try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system(),
                ArchUtils.normalize(System.getProperty("os.arch")))) {
            return in.readAllBytes();
        }
    }

    private static String system() {
        String os = System.getProperty("os.name");
        if (os.startsWith("Mac")) {
            return "Darwin";
        }
        return os.startsWith("Windows") ? "Windows" : "Linux";
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK ships SHA-256", e);
        }
    }
}
