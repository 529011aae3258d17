package io.perfloop.samples.shop.data;

import io.perfloop.testdb.EmbeddedPostgres;

/**
 * Where the shop's data lives: a real server given by {@code --db-url}, or an embedded
 * PostgreSQL 17 that the shop starts itself (through perfloop-testdb, which runs it as an
 * unprivileged user when the JVM is root) and stops on shutdown.
 */
public final class ShopDatabase implements AutoCloseable {

    /** Name of the database the shop creates on its embedded server. */
    public static final String EMBEDDED_DATABASE = "shop";

    private final String jdbcUrl;
    private final EmbeddedPostgres embedded;

    private ShopDatabase(String jdbcUrl, EmbeddedPostgres embedded) {
        this.jdbcUrl = jdbcUrl;
        this.embedded = embedded;
    }

    /** The server at {@code jdbcUrl}, e.g. {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}. */
    public static ShopDatabase external(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("shop.db-url must be a PostgreSQL JDBC URL (jdbc:postgresql://host:port/db?user=…), was: "
                    + jdbcUrl);
        }
        return new ShopDatabase(jdbcUrl, null);
    }

    /** Starts an embedded PostgreSQL 17 with a fresh database {@value #EMBEDDED_DATABASE}. */
    public static ShopDatabase embedded() {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        try {
            return new ShopDatabase(postgres.createDatabase(EMBEDDED_DATABASE), postgres);
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
    }

    /** The JDBC URL to connect to. */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** Whether the shop started this server itself (and so may install extensions on it). */
    public boolean isEmbedded() {
        return embedded != null;
    }

    /** Where the server is, for the start-up banner. */
    public String describe() {
        return isEmbedded() ? "embedded PostgreSQL 17 on port " + embedded.port() + " (" + jdbcUrl + ")" : jdbcUrl;
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
