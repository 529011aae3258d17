package io.perfloop.db;

import io.perfloop.testdb.EmbeddedPostgres;
import io.perfloop.testdb.LocalDatabases;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The seeded shop (src/test/resources/shop-postgres.sql) on the embedded PostgreSQL 17 (own
 * database) and on the local PostgreSQL 15 (own schema {@value #PG15_SCHEMA}, so other suites on
 * the shared server are not touched). Seeded once per JVM.
 */
public final class Shop {
    /** The schema used on the shared local PostgreSQL 15. */
    public static final String PG15_SCHEMA = "perfloop_db_shop";

    private static String pg17;
    private static String pg15;

    private Shop() {
    }

    /** JDBC URL of the shop on the embedded PostgreSQL 17. */
    public static synchronized String pg17() {
        if (pg17 == null) {
            String url = EmbeddedPostgres.shared().createDatabase("perfloop_db_shop");
            seed(url, null);
            pg17 = url;
        }
        return pg17;
    }

    /** JDBC URL of the shop on the local PostgreSQL 15 (hypopg installed by .ci/run). */
    public static synchronized String pg15() {
        if (pg15 == null) {
            String base = LocalDatabases.postgres15Url();
            String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + PG15_SCHEMA;
            seed(base, PG15_SCHEMA);
            pg15 = url;
        }
        return pg15;
    }

    /**
     * The shop on PostgreSQL 15 for tests that need hypopg: fails when {@code CI=true} and the
     * extension is not installed on the server (.ci/run installs it), skips otherwise.
     */
    public static synchronized String pg15WithHypopg() {
        String url = pg15();
        if (count(url, "select count(*) from pg_available_extensions where name = 'hypopg'") == 0) {
            String message = "hypopg is not installed on the local PostgreSQL 15: apt-get install postgresql-15-hypopg";
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(message);
            }
            org.junit.jupiter.api.Assumptions.abort(message);
        }
        return url;
    }

    /** {@code url} with extra server settings for the session, e.g. {@code work_mem=64kB}. */
    public static String withSettings(String url, String... settings) {
        java.util.List<String> options = new java.util.ArrayList<>();
        for (String s : settings) {
            options.add("-c%20" + s.replace("=", "%3D"));
        }
        return url + (url.contains("?") ? "&" : "?") + "options=" + String.join("%20", options);
    }

    /** Runs statements on {@code url} with autocommit. */
    public static void execute(String url, String... sql) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            for (String q : sql) {
                s.execute(q);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The single number a query returns. */
    public static long count(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static void seed(String url, String schema) {
        String script;
        try (InputStream in = Shop.class.getResourceAsStream("/shop-postgres.sql")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            if (schema != null) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                s.execute("CREATE SCHEMA " + schema);
                s.execute("SET search_path = " + schema + ", public");
            }
            // a synchronous commit, so that VACUUM below can mark the pages all-visible at once
            s.execute("SET synchronous_commit = on");
            s.execute(script);
            for (String table : new String[] {"customers", "products", "orders", "order_items"}) {
                s.execute("VACUUM ANALYZE " + table);
            }
            // rows written after ANALYZE and never vacuumed: the visibility map stays empty
            s.execute("INSERT INTO events SELECT g, g % 100, md5(g::text) FROM generate_series(1, 50000) g");
            s.execute("ANALYZE events");
        } catch (SQLException e) {
            throw new IllegalStateException("seeding the shop failed: " + e.getMessage(), e);
        }
    }
}
