package io.perfloop.testdb;

import io.perfloop.testdb.internal.PortInUseException;
import io.perfloop.testdb.internal.PostgresBinaries;
import io.perfloop.testdb.internal.PostgresCluster;
import io.perfloop.testdb.internal.ServerUser;
import io.perfloop.testdb.internal.StaleServers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The start-up sequence of an {@link EmbeddedPostgres}: binaries, cluster, server, and cleanup of
 * everything it made when a step fails.
 */
final class ServerLauncher {

    /** A free port can be taken by someone else before the server binds it; try a few. */
    private static final int PORT_ATTEMPTS = 3;
    private static final AtomicBoolean SWEPT = new AtomicBoolean();

    private final int requestedPort;
    private final Path dataDirectory;
    private final Map<String, String> settings;
    private final boolean asShared;

    ServerLauncher(int requestedPort, Path dataDirectory, Map<String, String> settings, boolean asShared) {
        this.requestedPort = requestedPort;
        this.dataDirectory = dataDirectory;
        this.settings = settings;
        this.asShared = asShared;
    }

    EmbeddedPostgres launch() {
        long began = System.nanoTime();
        PostgresBinaries.Installation binaries = PostgresBinaries.install(PostgresBinaries.defaultCacheRoot());
        ServerUser user = ServerUser.detect();
        sweepOnce(binaries, user);
        PostgresCluster cluster = new PostgresCluster(binaries, user, dataDirectoryOrTemporary());
        try {
            long initStarted = System.nanoTime();
            cluster.initialise(settings);
            claim(cluster);
            long serverStarted = System.nanoTime();
            int port = startOnSomePort(cluster);
            StartupTimes times = new StartupTimes(Duration.ofNanos(initStarted - began), binaries.extracted(),
                    Duration.ofNanos(serverStarted - initStarted), Duration.ofNanos(System.nanoTime() - serverStarted));
            return new EmbeddedPostgres(cluster, port, times, asShared);
        } catch (RuntimeException e) {
            cleanUp(cluster, e);
            throw e;
        }
    }

    private int startOnSomePort(PostgresCluster cluster) {
        if (requestedPort != 0) {
            cluster.start(requestedPort);
            return requestedPort;
        }
        for (int attempt = 1; ; attempt++) {
            int port = freePort();
            try {
                cluster.start(port);
                return port;
            } catch (PortInUseException e) {
                if (attempt == PORT_ATTEMPTS) {
                    throw new IllegalStateException("no free port after " + PORT_ATTEMPTS + " attempts", e);
                }
            }
        }
    }

    /** Servers of JVMs killed without shutdown hooks are stopped by the next JVM that starts one. */
    private static void sweepOnce(PostgresBinaries.Installation binaries, ServerUser user) {
        if (SWEPT.compareAndSet(false, true)) {
            StaleServers.sweep(Path.of(System.getProperty("java.io.tmpdir")), binaries, user);
        }
    }

    private void claim(PostgresCluster cluster) {
        if (dataDirectory == null) {
            try {
                StaleServers.claim(cluster.dataDirectory());
            } catch (IOException e) {
                throw new UncheckedIOException("could not write the owner file in " + cluster.dataDirectory(), e);
            }
        }
    }

    private Path dataDirectoryOrTemporary() {
        try {
            return dataDirectory != null ? dataDirectory : Files.createTempDirectory(StaleServers.DIRECTORY_PREFIX);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a data directory in " + System.getProperty("java.io.tmpdir"), e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("could not find a free port on 127.0.0.1", e);
        }
    }

    private static void cleanUp(PostgresCluster cluster, RuntimeException failure) {
        try {
            cluster.stop();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
        try {
            cluster.delete();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }
}
