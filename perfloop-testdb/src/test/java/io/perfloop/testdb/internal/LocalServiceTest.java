package io.perfloop.testdb.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.opentest4j.TestAbortedException;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The fail-in-CI / skip-elsewhere decision and URL handling, against a port nobody listens on. */
class LocalServiceTest {

    private static final LocalService SERVICE = new LocalService("Test DB", "perfloop.test.url",
            "PERFLOOP_TEST_URL_NEVER_SET", "jdbc:postgresql://127.0.0.1:5432/test", 5432, "Start it with `make db`");

    @Test
    void unreachable_inCi_failsNamingServiceAndRemedy() throws IOException {
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort() + "/test";
        assertThatThrownBy(() -> SERVICE.require(url, Map.of("CI", "true")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Test DB is not reachable at " + url)
                .hasMessageContaining("Start it with `make db`")
                .hasMessageContaining("-Dperfloop.test.url / PERFLOOP_TEST_URL_NEVER_SET")
                .hasMessageContaining("CI=true");
    }

    @Test
    void unreachable_outsideCi_abortsTheTest() throws IOException {
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort() + "/test";
        for (Map<String, String> environment : new Map[] {Map.of(), Map.of("CI", "false"), Map.of("CI", "")}) {
            assertThatThrownBy(() -> SERVICE.require(url, environment)).as("env %s", environment)
                    .isInstanceOf(TestAbortedException.class)
                    .hasMessageContaining("Test DB is not reachable")
                    .hasMessageContaining("Skipped because CI is not true");
        }
    }

    @Test
    void reachable_returnsTheUrlInCiToo() throws IOException {
        try (ServerSocket listening = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            String url = "jdbc:postgresql://127.0.0.1:" + listening.getLocalPort() + "/test";
            assertThat(SERVICE.require(url, Map.of("CI", "true"))).isEqualTo(url);
        }
    }

    @Test
    void url_systemPropertyWins() {
        assertThat(SERVICE.url()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/test");
        System.setProperty("perfloop.test.url", "  jdbc:postgresql://127.0.0.1:6543/other  ");
        try {
            assertThat(SERVICE.url()).isEqualTo("jdbc:postgresql://127.0.0.1:6543/other");
        } finally {
            System.clearProperty("perfloop.test.url");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "jdbc:postgresql://127.0.0.1:5433/test?user=postgres | 127.0.0.1 | 5433",
            "jdbc:postgresql://127.0.0.1/test                   | 127.0.0.1 | 5432",
            "jdbc:mariadb://localhost:3307?user=root             | localhost | 3307",
            "jdbc:postgresql://127.0.0.1:5434,127.0.0.2:5435/db  | 127.0.0.1 | 5434",
            "jdbc:postgresql://[::1]:5436/db                     | [::1]     | 5436",
            "jdbc:mysql://127.0.0.1:3308;x=y                     | 127.0.0.1 | 3308"})
    void address_isTheFirstHostAndPort(String url, String host, int port) {
        InetSocketAddress address = SERVICE.address(url);
        assertThat(address.getHostString()).isIn(host, host.replace("[", "").replace("]", ""), "0:0:0:0:0:0:0:1");
        assertThat(address.getPort()).isEqualTo(port);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "postgresql://127.0.0.1/x", "jdbc:postgresql:test", "jdbc:postgresql:///db", "jdbc:x://:99/db"})
    void address_badUrl_saysWhereItCameFrom(String url) {
        assertThatThrownBy(() -> SERVICE.address(url)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Test DB URL").hasMessageContaining(url);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
