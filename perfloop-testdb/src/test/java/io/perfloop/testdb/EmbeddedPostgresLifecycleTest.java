package io.perfloop.testdb;

import io.perfloop.testdb.internal.DirectoryTree;
import io.perfloop.testdb.internal.ServerUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.perfloop.testdb.EmbeddedPostgresTest.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Servers of their own: start, configure, fail, stop and clean up. */
class EmbeddedPostgresLifecycleTest {

    /**
     * Data directories live directly under {@code java.io.tmpdir}: as root the server runs as
     * {@code nobody}, who cannot enter JUnit's {@code @TempDir} (mode 700).
     */
    private final List<Path> made = new ArrayList<>();

    @TempDir
    Path closedTemp;

    @AfterEach
    void removeDirectories() throws IOException {
        for (Path path : made) {
            DirectoryTree.delete(path);
        }
    }

    private Path freshDirectory(String name) {
        Path path = Path.of(System.getProperty("java.io.tmpdir"), "perfloop-testdb-" + name + "-" + System.nanoTime());
        made.add(path);
        return path;
    }

    @Test
    void twoServersStartedConcurrently_runSideBySideAndCleanUp() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<EmbeddedPostgres> servers;
        try {
            Future<EmbeddedPostgres> first = pool.submit(() -> EmbeddedPostgres.builder().start());
            Future<EmbeddedPostgres> second = pool.submit(() -> EmbeddedPostgres.builder().start());
            servers = List.of(first.get(), second.get());
        } finally {
            pool.shutdown();
        }
        EmbeddedPostgres a = servers.get(0);
        EmbeddedPostgres b = servers.get(1);
        try (a; b) {
            assertThat(a.port()).isNotEqualTo(b.port());
            assertThat(a.dataDirectory()).isNotEqualTo(b.dataDirectory());
            try (Connection toA = a.dataSource().getConnection(); Connection toB = b.dataSource().getConnection();
                 Statement statement = toA.createStatement()) {
                assertThat(single(toA, "SHOW port")).isEqualTo(String.valueOf(a.port()));
                assertThat(single(toB, "SHOW port")).isEqualTo(String.valueOf(b.port()));
                statement.execute("CREATE TABLE only_in_a (id int)");
                assertThat(single(toB, "SELECT count(*)::text FROM pg_class WHERE relname = 'only_in_a'")).isEqualTo("0");
            }
        }
        for (EmbeddedPostgres server : servers) {
            assertThat(server.dataDirectory()).doesNotExist();
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl() + "&connectTimeout=2"))
                    .isInstanceOf(SQLException.class);
        }
    }

    @Test
    void builderOptions_portDirectoryAndSettings_areApplied() throws Exception {
        int port = freePort();
        Path data = freshDirectory("options").resolve("data");
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().port(port).dataDirectory(data)
                .serverConfig("work_mem", "7MB").serverConfig("application_name", "it's perfloop").start();
        try (postgres; Connection connection = postgres.dataSource().getConnection()) {
            assertThat(postgres.port()).isEqualTo(port);
            assertThat(postgres.dataDirectory()).isEqualTo(data.toAbsolutePath());
            assertThat(data.resolve("PG_VERSION")).hasContent("17");
            assertThat(single(connection, "SHOW work_mem")).isEqualTo("7MB");
            assertThat(single(connection, "SHOW fsync")).isEqualTo("off");
            assertThat(postgres.startupTimes().total()).isPositive();
        }
        assertThat(data).doesNotExist();
    }

    @Test
    void badSetting_failsWithTheServerLogAndRemovesTheDirectory() {
        Path data = freshDirectory("bad");
        assertThatThrownBy(() -> EmbeddedPostgres.builder().dataDirectory(data)
                .serverConfig("shared_buffers", "banana").start())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PostgreSQL failed to start")
                .hasMessageContaining("server log")
                .hasMessageContaining("invalid value for parameter \"shared_buffers\": \"banana\"");
        assertThat(data).doesNotExist();
    }

    @Test
    void takenPort_failsNamingThePort() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            assertThatThrownBy(() -> EmbeddedPostgres.builder().port(taken.getLocalPort()).start())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("port " + taken.getLocalPort() + " is already in use");
        }
    }

    @Test
    void nonEmptyDataDirectory_isRefusedAndLeftAlone() throws IOException {
        Path data = Files.createDirectories(freshDirectory("used"));
        Path precious = Files.writeString(data.resolve("precious.txt"), "keep me");
        assertThatThrownBy(() -> EmbeddedPostgres.builder().dataDirectory(data).start())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not empty");
        assertThat(precious).hasContent("keep me");
    }

    @Test
    void dataDirectoryTheServerUserCannotEnter_saysWhichParent() throws Exception {
        Path data = closedTemp.resolve("data");
        if (ServerUser.detect().switchesUser()) {
            assertThatThrownBy(() -> EmbeddedPostgres.builder().dataDirectory(data).start())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("who cannot enter " + closedTemp)
                    .hasMessageContaining("rwx------");
            assertThat(data).doesNotExist();
        } else {
            try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().dataDirectory(data).start()) {
                assertThat(postgres.dataDirectory()).isEqualTo(data);
            }
        }
    }

    @Test
    void builder_badInput_isRejectedAtOnce() {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        assertThatThrownBy(() -> builder.port(0)).hasMessageContaining("1..65535");
        assertThatThrownBy(() -> builder.port(65_536)).hasMessageContaining("1..65535");
        assertThatThrownBy(() -> builder.serverConfig("work mem", "1MB")).hasMessageContaining("not a PostgreSQL setting name");
        assertThatThrownBy(() -> builder.serverConfig(null, "1MB")).hasMessageContaining("not a PostgreSQL setting name");
        assertThatThrownBy(() -> builder.serverConfig("port", "5432")).hasMessageContaining("builder().port(int)");
        assertThatThrownBy(() -> builder.serverConfig("work_mem", "1MB\nfsync = on")).hasMessageContaining("single-line");
        assertThatThrownBy(() -> builder.serverConfig("work_mem", null)).hasMessageContaining("single-line");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
