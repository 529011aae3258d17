package io.perfloop.testdb;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shared server: what every other module's tests will rely on. */
class EmbeddedPostgresTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final EmbeddedPostgres postgres = EmbeddedPostgres.shared();

    @Test
    void shared_isOneServerPerJvm() {
        assertThat(EmbeddedPostgres.shared()).isSameAs(postgres);
    }

    @Test
    void shared_runsPostgres17AsUserPostgres() throws SQLException {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl())) {
            assertThat(single(connection, "SELECT version()")).startsWith("PostgreSQL 17.");
            assertThat(single(connection, "SELECT current_database() || '/' || current_user")).isEqualTo("postgres/postgres");
            assertThat(single(connection, "SELECT inet_server_port()::text")).isEqualTo(String.valueOf(postgres.port()));
        }
    }

    @Test
    void defaults_areFastAndPreloadPgStatStatements() throws SQLException {
        try (Connection connection = postgres.dataSource().getConnection()) {
            assertThat(single(connection, "SHOW shared_preload_libraries")).isEqualTo("pg_stat_statements");
            assertThat(single(connection, "SHOW fsync")).isEqualTo("off");
            assertThat(single(connection, "SHOW synchronous_commit")).isEqualTo("off");
            assertThat(single(connection, "SHOW listen_addresses")).isEqualTo("127.0.0.1");
        }
    }

    @Test
    void pgStatStatements_countsStatements() throws SQLException {
        String database = "stats_" + DATABASES.incrementAndGet();
        postgres.createDatabase(database);
        try (Connection connection = postgres.dataSource(database).getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE EXTENSION pg_stat_statements");
            for (int i = 0; i < 3; i++) {
                statement.executeQuery("SELECT " + i + " AS perfloop_probe").close();
            }
            assertThat(single(connection, "SELECT sum(calls)::text FROM pg_stat_statements"
                    + " WHERE query LIKE '%perfloop_probe%' AND dbid = (SELECT oid FROM pg_database"
                    + " WHERE datname = current_database())")).isEqualTo("3");
        }
    }

    static Stream<String> hostileDatabaseNames() {
        return Stream.of("shop", "With Space", "quote\"d", "it's", "semi;colon--", "ünïcødé", "x".repeat(63),
                "a/b?c=d&e#f", "100%", "pl+us");
    }

    @ParameterizedTest
    @MethodSource("hostileDatabaseNames")
    void createDatabase_anyName_isReachableByUrlAndDataSource(String name) throws SQLException {
        String unique = name.length() < 60 ? name + DATABASES.incrementAndGet() : name;
        String url = postgres.createDatabase(unique);
        assertThat(url).isEqualTo(postgres.jdbcUrl(unique));
        try (Connection byUrl = DriverManager.getConnection(url);
             Connection bySource = postgres.dataSource(unique).getConnection()) {
            assertThat(single(byUrl, "SELECT current_database()")).isEqualTo(unique);
            assertThat(single(bySource, "SELECT current_database()")).isEqualTo(unique);
        }
    }

    @Test
    void createDatabase_badNames_areRejectedBeforeTheServer() {
        for (String bad : new String[] {null, "", "y".repeat(64), "ü".repeat(32), "nul\0byte"}) {
            assertThatThrownBy(() -> postgres.createDatabase(bad)).as("name %s", bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 63 bytes");
        }
    }

    @Test
    void createDatabase_existing_saysWhy() {
        String name = "twice_" + DATABASES.incrementAndGet();
        postgres.createDatabase(name);
        assertThatThrownBy(() -> postgres.createDatabase(name)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(name).hasMessageContaining("already exists");
    }

    @Test
    void close_onShared_leavesItRunning() throws SQLException {
        postgres.close();
        try (Connection connection = postgres.dataSource().getConnection()) {
            assertThat(single(connection, "SELECT 1::text")).isEqualTo("1");
        }
    }

    static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).as("a row from %s", sql).isTrue();
            return rows.getString(1);
        }
    }
}
