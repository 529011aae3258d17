package io.perfloop.load.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.perfloop.core.run.Run;
import io.perfloop.load.LoadTest;
import io.perfloop.load.source.SourceProblems;
import io.perfloop.load.testing.Logs;
import io.perfloop.load.testing.Options;
import io.perfloop.load.testing.TestServer;

/** Refused connections, resets and timeouts are counted by kind, and the run still finishes. */
class TransportErrorsTest {
    @TempDir
    Path dir;

    private Run run(String client, String url, long timeoutMillis) throws Exception {
        Path targets = Logs.write(dir, "t.targets", List.of("GET /x"));
        return LoadTest.of(Options.of(targets).target(url).rate(20).durationMillis(500).client(client)
                .timeoutMillis(timeoutMillis).build()).run(ProgressListener.NONE, SourceProblems.counting(), List.of(), dir);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nio", "jetty", "jdk"})
    void refused(String client) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort(); // closed again: nothing listens there now
        }
        Run run = run(client, "http://127.0.0.1:" + port, 2000);
        assertThat(run.overall().requests()).isEqualTo(10);
        assertThat(run.overall().errorsByKind()).containsEntry("refused", 10L);
        assertThat(run.overall().errorRate()).isEqualTo(1.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nio", "jetty", "jdk"})
    void timeout(String client) throws Exception {
        try (TestServer server = TestServer.start(16, (n, m, p) -> {
            Thread.sleep(1500);
            return TestServer.Response.ok();
        })) {
            Run run = run(client, server.url(), 200);
            assertThat(run.overall().requests()).isEqualTo(10);
            assertThat(run.overall().errorsByKind()).containsEntry("timeout", 10L);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"nio", "jetty", "jdk"})
    void reset(String client) throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> resetEveryConnection(server));
            acceptor.setDaemon(true);
            acceptor.start();
            Run run = run(client, "http://127.0.0.1:" + server.getLocalPort(), 2000);
            assertThat(run.overall().requests()).isEqualTo(10);
            assertThat(run.overall().errorsByKind()).containsEntry("reset", 10L);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"nio", "jetty", "jdk"})
    void serverErrorsAreErrorsButNotTransportErrors(String client) throws Exception {
        try (TestServer server = TestServer.start(4, (n, m, p) -> new TestServer.Response(n % 2 == 0 ? 503 : 200, "x"))) {
            Run run = run(client, server.url(), 2000);
            assertThat(run.overall().statusClasses()).containsEntry("5xx", 5L).containsEntry("2xx", 5L);
            assertThat(run.overall().errors()).isEqualTo(5);
            assertThat(run.overall().errorsByKind()).isEmpty();
        }
    }

    /** Reads the request, then closes with SO_LINGER 0: the kernel sends RST instead of FIN. */
    private static void resetEveryConnection(ServerSocket server) {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                s.getInputStream().read(new byte[4096]);
                s.setSoLinger(true, 0);
            } catch (IOException e) {
                return;
            }
        }
    }
}
