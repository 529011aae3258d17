package io.perfloop.testdb;

import io.perfloop.testdb.internal.PostgresCluster;
import io.perfloop.testdb.internal.ServerSettings;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A throw-away PostgreSQL 17 server on 127.0.0.1, from zonky's binaries, for tests, samples and
 * {@code perfloop tour}.
 *
 * <pre>{@code
 * DataSource db = EmbeddedPostgres.shared().dataSource();          // one server per JVM
 * try (EmbeddedPostgres pg = EmbeddedPostgres.builder()            // or one of your own
 *         .serverConfig("work_mem", "64MB").start()) {
 *     String url = pg.createDatabase("shop");                      // jdbc:postgresql://127.0.0.1:…/shop?user=postgres
 * }
 * }</pre>
 *
 * <p><b>Why not zonky's own {@code EmbeddedPostgres}:</b> PostgreSQL refuses to run as root (and
 * this project's machines and CI run as root). As root zonky wraps its commands in
 * {@code unshare -U}, which needs user namespaces that container runtimes commonly refuse
 * (Docker's default seccomp profile does without CAP_SYS_ADMIN), and it offers no hook to do
 * otherwise. Here only zonky's binary resolver is used. The binaries are unpacked
 * once into a cache shared across JVMs, and every command runs through one code path that is
 * prefixed with {@code runuser -u nobody --} when, and only when, the JVM runs as root (the data
 * directory is then owned by {@code nobody}); {@code runuser} needs nothing but root. The same
 * commands run unprefixed for a normal user, and the test suite covers both.
 *
 * <p>Each server gets its own data directory (by default a new {@code perfloop-pgdata-*} directory
 * in {@code java.io.tmpdir}) and a free port, preloads {@code pg_stat_statements} (run
 * {@code CREATE EXTENSION pg_stat_statements} in a database to query it) and runs without
 * fsync. Connections use user {@code postgres} with trust authentication. {@link #close()} stops
 * the server and deletes the data directory; a JVM shutdown hook does the same for servers left
 * open; servers of JVMs killed without running their hooks are stopped and removed by the next
 * JVM that starts one. Start-up costs about a second with a warm cache (see {@link #startupTimes()}).
 */
public final class EmbeddedPostgres implements AutoCloseable {

    /** The superuser every connection uses. */
    public static final String USER = "postgres";

    private static final Object SHARED_LOCK = new Object();
    private static EmbeddedPostgres shared;
    private static RuntimeException sharedFailure;

    private final PostgresCluster cluster;
    private final int port;
    private final StartupTimes startupTimes;
    private final boolean isShared;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread shutdownHook;

    EmbeddedPostgres(PostgresCluster cluster, int port, StartupTimes startupTimes, boolean isShared) {
        this.cluster = cluster;
        this.port = port;
        this.startupTimes = startupTimes;
        this.isShared = isShared;
        this.shutdownHook = new Thread(this::stopAndDelete, "perfloop-testdb-stop-" + port);
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * The server shared by everything in this JVM, started on first use. Its {@link #close()} does
     * nothing; it stops when the JVM exits. A failed start is remembered, not retried by every caller.
     */
    public static EmbeddedPostgres shared() {
        synchronized (SHARED_LOCK) {
            if (shared == null && sharedFailure == null) {
                try {
                    shared = new Builder().start(true);
                } catch (RuntimeException e) {
                    sharedFailure = e;
                }
            }
            if (sharedFailure != null) {
                throw new IllegalStateException("the shared embedded PostgreSQL could not start: "
                        + sharedFailure.getMessage(), sharedFailure);
            }
            return shared;
        }
    }

    /** A builder for a server of your own. */
    public static Builder builder() {
        return new Builder();
    }

    /** The port the server listens on (127.0.0.1). */
    public int port() {
        return port;
    }

    /** The server's data directory; deleted on {@link #close()}. */
    public Path dataDirectory() {
        return cluster.dataDirectory();
    }

    /** What this server's start-up cost. */
    public StartupTimes startupTimes() {
        return startupTimes;
    }

    /** JDBC URL of database {@code postgres} as user {@code postgres}. */
    public String jdbcUrl() {
        return jdbcUrl("postgres");
    }

    /** JDBC URL of {@code database} as user {@code postgres}. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + URLEncoder.encode(database, StandardCharsets.UTF_8)
                + "?user=" + USER;
    }

    /** A data source for database {@code postgres}. */
    public DataSource dataSource() {
        return dataSource("postgres");
    }

    /** A (non-pooling) data source for {@code database}. */
    public DataSource dataSource(String database) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {"127.0.0.1"});
        dataSource.setPortNumbers(new int[] {port});
        dataSource.setDatabaseName(database);
        dataSource.setUser(USER);
        return dataSource;
    }

    /**
     * Creates database {@code name} (any characters; it is quoted) and returns its JDBC URL.
     *
     * @throws IllegalArgumentException when the name is empty or longer than PostgreSQL's 63 bytes
     * @throws IllegalStateException    when PostgreSQL refuses, e.g. because it exists
     */
    public String createDatabase(String name) {
        if (name == null || name.isEmpty() || name.getBytes(StandardCharsets.UTF_8).length > 63 || name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("database name must be 1 to 63 bytes without NUL, was: " + name);
        }
        try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE \"" + name.replace("\"", "\"\"") + "\"");
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database '" + name + "' on port " + port + ": "
                    + e.getMessage(), e);
        }
        return jdbcUrl(name);
    }

    /** Stops the server and deletes its data directory; does nothing for {@link #shared()}. */
    @Override
    public void close() {
        if (isShared) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or about to; stopping twice is harmless
        }
        stopAndDelete();
    }

    private void stopAndDelete() {
        if (closed.compareAndSet(false, true)) {
            try {
                cluster.stop();
            } finally {
                cluster.delete();
            }
        }
    }

    /** Configures and starts an {@link EmbeddedPostgres}. */
    public static final class Builder {
        private int port;
        private Path dataDirectory;
        private final Map<String, String> settings = ServerSettings.defaults();

        private Builder() {
        }

        /** Listen on {@code port} instead of a free one chosen at start. */
        public Builder port(int port) {
            if (port < 1 || port > 65_535) {
                throw new IllegalArgumentException("port must be 1..65535, was " + port);
            }
            this.port = port;
            return this;
        }

        /** Use this (new or empty) directory for the data; it is deleted on close. */
        public Builder dataDirectory(Path dataDirectory) {
            this.dataDirectory = dataDirectory;
            return this;
        }

        /** Sets one {@code postgresql.conf} setting, overriding the defaults. */
        public Builder serverConfig(String name, String value) {
            ServerSettings.validate(name, value);
            settings.put(name, value);
            return this;
        }

        /** Starts the server; on failure the data directory is removed and the server log quoted. */
        public EmbeddedPostgres start() {
            return start(false);
        }

        private EmbeddedPostgres start(boolean asShared) {
            return new ServerLauncher(port, dataDirectory, new LinkedHashMap<>(settings), asShared).launch();
        }
    }
}
