package io.perfloop.testdb.internal;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The binaries cache against a cold cache root of its own: concurrent JVMs, reuse, repair.
 * The steps build on each other (each cold unpack costs seconds), hence the order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PostgresBinariesTest {

    @TempDir
    static Path cacheRoot;

    @Test
    @Order(1)
    void twoJvmsOnAColdCache_unpackOnceAndAgreeOnTheTree() throws Exception {
        List<Process> children = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            children.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), InstallInChildJvm.class.getName(), cacheRoot.toString())
                    .redirectErrorStream(true).start());
        }
        List<String> outputs = new ArrayList<>();
        for (Process child : children) {
            String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertThat(child.waitFor(2, TimeUnit.MINUTES)).isTrue();
            assertThat(child.exitValue()).as(output).isZero();
            outputs.add(output);
        }
        assertThat(outputs).filteredOn(line -> line.startsWith("extracted=true")).hasSize(1);
        assertThat(outputs).filteredOn(line -> line.startsWith("extracted=false")).hasSize(1);
        Path home = Path.of(outputs.get(0).substring(outputs.get(0).indexOf("home=") + 5));
        assertThat(outputs.get(1)).endsWith("home=" + home);
        try (Stream<Path> entries = Files.list(cacheRoot)) {
            assertThat(entries.map(path -> path.getFileName().toString()))
                    .as("no staging directory left behind")
                    .containsExactlyInAnyOrder(home.getFileName().toString(), home.getFileName() + ".lock");
        }
    }

    @Test
    @Order(2)
    void unpackedTree_isUsableByOtherUsers() throws IOException {
        Path home = PostgresBinaries.install(cacheRoot).home();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home))).isEqualTo("rwxr-xr-x");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("bin/postgres"))))
                .isEqualTo("rwxr-xr-x");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                home.resolve("share/postgresql/extension/pg_stat_statements.control")))).isEqualTo("rw-r--r--");
        assertThat(home.resolve("lib/postgresql/pg_stat_statements.so")).isRegularFile();
    }

    @Test
    @Order(3)
    void sameJvm_reusesTheTree() {
        PostgresBinaries.Installation first = PostgresBinaries.install(cacheRoot);
        PostgresBinaries.Installation again = PostgresBinaries.install(cacheRoot);
        assertThat(first.extracted()).isFalse();
        assertThat(again.extracted()).isFalse();
        assertThat(again.home()).isEqualTo(first.home());
    }

    @Test
    @Order(4)
    void treeDamagedByATempCleaner_isUnpackedAgain() throws IOException {
        Path home = PostgresBinaries.install(cacheRoot).home();
        Files.delete(home.resolve("bin/postgres"));
        PostgresBinaries.Installation repaired = PostgresBinaries.install(cacheRoot);
        assertThat(repaired.extracted()).isTrue();
        assertThat(repaired.home()).isEqualTo(home);
        assertThat(home.resolve("bin/postgres")).isExecutable();
    }
}
