package io.perfloop.testdb;

import io.perfloop.testdb.internal.LocalService;
import io.perfloop.testdb.internal.UrlDataSource;

import javax.sql.DataSource;

/**
 * The database servers installed on perfloop's development and CI machines, for tests that need
 * more than the {@link EmbeddedPostgres} (PostgreSQL 15 with {@code hypopg}, MariaDB).
 *
 * <table>
 *   <caption>Servers and how to point elsewhere</caption>
 *   <tr><th>server</th><th>default URL</th><th>system property</th><th>environment</th></tr>
 *   <tr><td>PostgreSQL 15</td><td>{@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}</td>
 *       <td>{@code perfloop.pg15.url}</td><td>{@code PERFLOOP_PG15_URL}</td></tr>
 *   <tr><td>MariaDB</td><td>{@code jdbc:mariadb://127.0.0.1:3306/test?user=root}</td>
 *       <td>{@code perfloop.mariadb.url}</td><td>{@code PERFLOOP_MARIADB_URL}</td></tr>
 * </table>
 *
 * <p>Every method first checks, once per JVM and URL, that the server accepts a TCP connection
 * (1 s timeout). If not: when the environment variable {@code CI} is {@code true} it throws
 * {@link IllegalStateException} naming the server and how to start it, so CI cannot go green
 * without it; otherwise it aborts the current JUnit test (a skip). The data sources go through
 * {@link java.sql.DriverManager}, so the JDBC driver must be on the class path at run time
 * (this module depends on PostgreSQL's driver but not on MariaDB's).
 */
public final class LocalDatabases {

    private static final LocalService POSTGRES_15 = new LocalService("PostgreSQL 15", "perfloop.pg15.url",
            "PERFLOOP_PG15_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres", 5432,
            "Start it with `service postgresql start` (Debian: `pg_ctlcluster 15 main start`)");
    private static final LocalService MARIADB = new LocalService("MariaDB", "perfloop.mariadb.url",
            "PERFLOOP_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test?user=root", 3306,
            "Start it with `service mariadb start`");

    private LocalDatabases() {
    }

    /** The JDBC URL of the local PostgreSQL 15 (database {@code test}, user {@code postgres}). */
    public static String postgres15Url() {
        return POSTGRES_15.require(POSTGRES_15.url(), System.getenv());
    }

    /** A data source for the local PostgreSQL 15. */
    public static DataSource postgres15() {
        return new UrlDataSource(postgres15Url());
    }

    /** The JDBC URL of the local MariaDB (database {@code test}, user {@code root}, no password). */
    public static String mariadbUrl() {
        return MARIADB.require(MARIADB.url(), System.getenv());
    }

    /** A data source for the local MariaDB; needs {@code org.mariadb.jdbc:mariadb-java-client} at run time. */
    public static DataSource mariadb() {
        return new UrlDataSource(mariadbUrl());
    }
}
