package io.perfloop.testdb.internal;

import io.perfloop.testdb.StartupCheck;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A JVM killed with SIGKILL leaves its server running; the next sweep must stop and remove it. */
class StaleServersTest {

    @Test
    void serverOfAKilledJvm_isStoppedAndRemoved() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StartupCheck.class.getName(), "--hold")
                .redirectErrorStream(true).start();
        int port = -1;
        Path data = null;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null && !line.startsWith("running"); line = lines.readLine()) {
                if (line.startsWith("url")) {
                    port = Integer.parseInt(line.replaceAll(".*127\\.0\\.0\\.1:(\\d+)/.*", "$1"));
                } else if (line.startsWith("data")) {
                    data = Path.of(line.substring(4).strip());
                }
            }
        } finally {
            child.destroyForcibly(); // SIGKILL: no shutdown hook runs
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(data).as("child reported its data directory").isNotNull().exists();
        assertThat(data.getFileName().toString()).startsWith(StaleServers.DIRECTORY_PREFIX);
        assertThat(accepts(port)).as("orphaned server still listens").isTrue();

        assertThat(StaleServers.sweep(data.getParent(), PostgresBinaries.install(PostgresBinaries.defaultCacheRoot()),
                ServerUser.detect())).contains(data);

        assertThat(data).doesNotExist();
        int stoppedPort = port;
        assertThatThrownBy(() -> accepts(stoppedPort)).isInstanceOf(IOException.class);
    }

    @Test
    void directoryOfALiveOwner_isLeftAlone() throws IOException {
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        Path mine = java.nio.file.Files.createTempDirectory(temp, StaleServers.DIRECTORY_PREFIX);
        try {
            StaleServers.claim(mine);
            assertThat(StaleServers.sweep(temp, PostgresBinaries.install(PostgresBinaries.defaultCacheRoot()),
                    ServerUser.detect())).doesNotContain(mine);
            assertThat(mine).exists();
        } finally {
            DirectoryTree.delete(mine);
        }
    }

    private static boolean accepts(int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
            return true;
        }
    }
}
