package io.perfloop.samples.shop;

import io.perfloop.samples.shop.data.DataPreparation;
import io.perfloop.samples.shop.data.SeedPlan;
import io.perfloop.samples.shop.data.ShopDatabase;
import io.perfloop.samples.shop.support.RunningShop;
import io.perfloop.samples.shop.support.Shops;
import io.perfloop.samples.shop.support.Sql;
import io.perfloop.testdb.LocalDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shop starts on its own embedded PostgreSQL, and on the local PostgreSQL 15 through --db-url. */
class StartupTest {

    private static final String LOCAL_DATABASE = "perfloop_shop_startup";

    @Test
    void withoutDbUrl_startsItsOwnEmbeddedPostgresAndSeedsIt() {
        RunningShop shop = Shops.stale();
        SeedPlan plan = SeedPlan.forScale(Double.parseDouble(Shops.TEST_SCALE));

        assertThat(shop.bean(ShopDatabase.class).isEmbedded()).isTrue();
        assertThat(Sql.longValue(shop.dataSource(), "SELECT count(*) FROM orders")).isEqualTo(plan.orders());
        assertThat(Sql.longValue(shop.dataSource(), "SELECT count(*) FROM pg_extension WHERE extname = 'pg_stat_statements'"))
                .isEqualTo(1);
        assertThat(Sql.longValue(shop.dataSource(), "SELECT count(*) FROM pg_stat_statements")).isPositive();
        assertThat(shop.get("/api/orders?size=5").json()).hasSize(5);
    }

    @Test
    void localPostgres15_startsSeedsRestartsAndRefusesAnotherScale() throws Exception {
        String serverUrl = LocalDatabases.postgres15Url(); // CI=true: fails when the server is down; else skips
        String url = recreate(serverUrl, LOCAL_DATABASE);
        try {
            RunningShop first = Shops.launch("pg15", "--server.port=0", "--shop.db-url=" + url, "--shop.scale=0.01",
                    "--shop.fix=all", "--logging.level.root=WARN");
            try {
                assertThat(first.bean(ShopDatabase.class).isEmbedded()).isFalse();
                assertThat(Sql.text(first.dataSource(), "SHOW server_version")).startsWith("15.");
                assertThat(first.get("/api/orders?size=5").json()).hasSize(5);
                assertThat(first.get("/api/users/1/orders?status=pending").status()).isEqualTo(200);
            } finally {
                first.close();
            }

            RunningShop again = Shops.launch("pg15-again", "--server.port=0", "--shop.db-url=" + url, "--shop.scale=0.01",
                    "--logging.level.root=WARN");
            try {
                assertThat(again.bean(DataPreparation.class).seeded().scale()).isEqualTo(0.01);
                assertThat(Sql.longValue(again.dataSource(), "SELECT count(*) FROM pg_indexes WHERE indexname = 'orders_user_open_idx'"))
                        .as("index switch off drops the index").isZero();
            } finally {
                again.close();
            }

            assertThatThrownBy(() -> new SpringApplicationBuilder(ShopApplication.class)
                    .run("--server.port=0", "--shop.db-url=" + url, "--shop.scale=0.02", "--logging.level.root=OFF"))
                    .hasRootCauseMessage("the database at " + url + " was seeded with seed 42 and scale 0.01, not seed 42 and"
                            + " scale 0.02: use an empty database or the same --seed and --scale");
        } finally {
            drop(serverUrl, LOCAL_DATABASE);
        }
    }

    private static String recreate(String serverUrl, String database) throws SQLException {
        drop(serverUrl, database);
        try (Connection connection = DriverManager.getConnection(serverUrl); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        }
        return serverUrl.replaceFirst("/[^/?]+\\?", "/" + database + "?");
    }

    private static void drop(String serverUrl, String database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(serverUrl); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

}
