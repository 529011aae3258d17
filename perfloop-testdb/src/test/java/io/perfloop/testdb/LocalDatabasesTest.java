package io.perfloop.testdb;

import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

import static io.perfloop.testdb.EmbeddedPostgresTest.single;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The machine's own servers. With {@code CI=true} these fail when a server is down (that is the
 * point: CI must have them); elsewhere they are skipped.
 */
class LocalDatabasesTest {

    @Test
    void postgres15_answersAsVersion15() throws SQLException {
        try (Connection connection = LocalDatabases.postgres15().getConnection()) {
            assertThat(single(connection, "SELECT version()")).startsWith("PostgreSQL 15.");
            assertThat(single(connection, "SELECT current_database()")).isEqualTo(databaseOf(LocalDatabases.postgres15Url()));
        }
    }

    @Test
    void mariadb_answersThroughTheDriverOnlyOnTheTestClassPath() throws SQLException {
        DataSource mariadb = LocalDatabases.mariadb();
        try (Connection connection = mariadb.getConnection()) {
            assertThat(single(connection, "SELECT VERSION()")).containsIgnoringCase("mariadb");
            assertThat(single(connection, "SELECT DATABASE()")).isEqualTo(databaseOf(LocalDatabases.mariadbUrl()));
        }
    }

    @Test
    void dataSource_withExplicitCredentials_overridesTheUrl() throws SQLException {
        try (Connection connection = LocalDatabases.postgres15().getConnection("postgres", "")) {
            assertThat(single(connection, "SELECT current_user")).isEqualTo("postgres");
        }
    }

    private static String databaseOf(String url) {
        String path = url.substring(url.indexOf("://") + 3);
        path = path.substring(path.indexOf('/') + 1);
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }
}
