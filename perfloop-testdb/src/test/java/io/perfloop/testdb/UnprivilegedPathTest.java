package io.perfloop.testdb;

import io.perfloop.testdb.internal.DirectoryTree;
import io.perfloop.testdb.internal.ServerUser;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The other half of the one code path. As root (CI), every other test runs PostgreSQL through
 * {@code runuser}; this one starts a JVM as {@code nobody}, where no prefix is used, so both halves
 * run on every build. As a normal user the whole suite already takes the unprefixed half, and this
 * test just runs {@link StartupCheck} in-process.
 */
class UnprivilegedPathTest {

    @Test
    void startupCheck_reportsPostgres17AndCleansUp() throws Exception {
        String output = ServerUser.detect().switchesUser() ? runAsNobody() : runHere();
        assertThat(output).contains("version  PostgreSQL 17.").contains("url      jdbc:postgresql://127.0.0.1:");
        String data = output.lines().filter(line -> line.startsWith("data")).findFirst().orElseThrow().substring(4).strip();
        assertThat(Path.of(data)).doesNotExist();
    }

    private static String runHere() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StartupCheck.report(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** nobody cannot read ~/.m2, so the class path is copied somewhere it can. */
    private static String runAsNobody() throws Exception {
        Path copy = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "perfloop-testdb-cp-");
        try {
            List<String> classPath = new ArrayList<>();
            int i = 0;
            for (Path entry : classPathEntries()) {
                Path target = copy.resolve((i++) + "-" + entry.getFileName());
                copyReadable(entry, target);
                classPath.add(target.toString());
            }
            makeReadable(copy);
            Process child = new ProcessBuilder("runuser", "-u", "nobody", "--",
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", String.join(":", classPath), StartupCheck.class.getName())
                    .redirectErrorStream(true).start();
            String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(child.waitFor(2, TimeUnit.MINUTES)).isTrue();
            assertThat(child.exitValue()).as(output).isZero();
            return output;
        } finally {
            DirectoryTree.delete(copy);
        }
    }

    /** The test class path, with Surefire's manifest-only jar expanded. */
    private static List<Path> classPathEntries() throws IOException {
        List<Path> entries = new ArrayList<>();
        for (String element : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path path = Path.of(element);
            entries.add(path);
            if (path.toString().endsWith(".jar") && Files.isRegularFile(path)) {
                try (JarFile jar = new JarFile(path.toFile())) {
                    Manifest manifest = jar.getManifest();
                    String more = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
                    if (more != null) {
                        for (String url : more.trim().split("\\s+")) {
                            entries.add(Path.of(path.toUri().resolve(URI.create(url))));
                        }
                    }
                }
            }
        }
        return entries.stream().filter(Files::exists).toList();
    }

    private static void copyReadable(Path source, Path target) throws IOException {
        if (!Files.isDirectory(source)) {
            Files.copy(source, target);
            return;
        }
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path destination = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(path, destination);
                }
            }
        }
    }

    private static void makeReadable(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Files.setPosixFilePermissions(path, java.nio.file.attribute.PosixFilePermissions.fromString(
                        Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
    }
}
