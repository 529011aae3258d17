package io.perfloop.profile.record;

import one.profiler.AsyncProfiler;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * async-profiler's native library, extracted from the {@code tools.profiler:async-profiler} jar
 * (which carries it for linux-x64, linux-arm64 and macOS) into a per-user cache directory, so it
 * can be loaded here and handed to other JVMs ({@code -agentpath:}, attach).
 *
 * <p>{@link #probe()} answers once per JVM whether it loads here; where it does not (another OS,
 * musl without glibc, a locked-down container), perfloop falls back to JFR's CPU sampler and says so.
 */
public final class AsyncProfilerLibrary {
    private static final String VERSION = "4.1";
    private static volatile Probe probe;

    private AsyncProfilerLibrary() {
    }

    /**
     * Whether async-profiler loads in this JVM.
     *
     * @param library the extracted library, or {@code null} when unavailable
     * @param problem why it is unavailable, or {@code null}
     */
    public record Probe(Path library, String problem) {
        /** Whether the library loaded. */
        public boolean available() {
            return problem == null;
        }
    }

    /** Extracts the library (once) and loads it into this JVM (once). */
    public static Probe probe() {
        Probe p = probe;
        if (p == null) {
            synchronized (AsyncProfilerLibrary.class) {
                if (probe == null) {
                    probe = load();
                }
                p = probe;
            }
        }
        return p;
    }

    /** The loaded profiler of this JVM; call only when {@link #probe()} says it is available. */
    static AsyncProfiler instance() {
        Probe p = probe();
        if (!p.available()) {
            throw new IllegalStateException("async-profiler is unavailable: " + p.problem());
        }
        return AsyncProfiler.getInstance(p.library().toString());
    }

    private static Probe load() {
        String platform = platform();
        if (platform == null) {
            return new Probe(null, "no async-profiler library for " + System.getProperty("os.name") + "/" + System.getProperty("os.arch"));
        }
        Path library;
        try {
            library = extract(platform);
        } catch (IOException | RuntimeException e) {
            return new Probe(null, "cannot extract async-profiler's library: " + e);
        }
        try {
            AsyncProfiler.getInstance(library.toString()).getVersion();
            return new Probe(library, null);
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            return new Probe(null, "async-profiler's library does not load here: " + e.getMessage());
        }
    }

    private static Path extract(String platform) throws IOException {
        String resource = platform + "/libasyncProfiler.so";
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "perfloop-" + System.getProperty("user.name"),
                "async-profiler-" + VERSION, platform);
        Path target = dir.resolve("libasyncProfiler.so");
        try (InputStream in = AsyncProfiler.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is not on the class path (tools.profiler:async-profiler missing?)");
            }
            byte[] bytes = in.readAllBytes();
            if (Files.isRegularFile(target) && Files.size(target) == bytes.length) {
                return target;
            }
            Files.createDirectories(dir);
            // write beside and move: another JVM may be loading the file right now
            Path tmp = Files.createTempFile(dir, "lib", ".tmp");
            Files.write(tmp, bytes);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        }
    }

    private static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        if (os.contains("mac")) {
            return "macos";
        }
        if (!os.contains("linux")) {
            return null;
        }
        if (arch.equals("amd64") || arch.equals("x86_64")) {
            return "linux-x64";
        }
        if (arch.equals("aarch64") || arch.equals("arm64")) {
            return "linux-arm64";
        }
        return null;
    }
}
