package io.perfloop.samples.shop.data;

import io.perfloop.samples.shop.support.Sql;
import io.perfloop.testdb.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Seeding is deterministic by seed, sized by scale, skewed where it should be. */
class SeederTest {

    private static final double SCALE = 0.01;
    private static final List<String> TABLES = List.of("categories", "products", "users", "orders", "order_items",
            "carts", "cart_items");

    private static DataSource first;
    private static DataSource second;
    private static DataSource otherSeed;
    private static Seeder.Seeded seeded;

    @BeforeAll
    static void seedThreeDatabases() throws Exception {
        first = migrated("seed_first");
        second = migrated("seed_second");
        otherSeed = migrated("seed_other");
        seeded = Seeder.seed(first, SCALE, 42);
        Seeder.seed(second, SCALE, 42);
        Seeder.seed(otherSeed, SCALE, 7);
    }

    @Test
    void sameSeedAndScale_sameRowsInEveryTable() {
        for (String table : TABLES) {
            assertThat(checksum(second, table)).as(table).isEqualTo(checksum(first, table));
        }
    }

    @Test
    void anotherSeed_otherRows() {
        for (String table : List.of("products", "users", "orders", "order_items", "cart_items")) {
            assertThat(checksum(otherSeed, table)).as(table).isNotEqualTo(checksum(first, table));
        }
    }

    @Test
    void rowCounts_followThePlan() throws Exception {
        SeedPlan plan = SeedPlan.forScale(SCALE);

        assertThat(count("categories")).isEqualTo(SeedPlan.CATEGORIES);
        assertThat(count("users")).isEqualTo(plan.users());
        assertThat(count("products")).isEqualTo(plan.products());
        assertThat(count("orders")).isEqualTo(plan.orders());
        assertThat(count("carts")).isEqualTo(plan.carts());
        assertThat(count("order_items")).isBetween(2L * plan.orders(), 4L * plan.orders());
        long total = TABLES.stream().mapToLong(SeederTest::count).sum();
        assertThat(seeded.rows()).isEqualTo(total);
        assertThat(Seeder.existing(first)).contains(seeded);
    }

    @Test
    void everyForeignKey_pointsAtARow() {
        // seeding skips the FK triggers (see Seeder), so check here what they would have checked
        String[][] keys = {{"categories", "parent_id", "categories"}, {"products", "category_id", "categories"},
            {"orders", "user_id", "users"}, {"order_items", "order_id", "orders"}, {"order_items", "product_id", "products"},
            {"carts", "user_id", "users"}, {"cart_items", "cart_id", "carts"}, {"cart_items", "product_id", "products"}};
        for (String[] key : keys) {
            assertThat(Sql.longValue(first, "SELECT count(*) FROM " + key[0] + " t WHERE t." + key[1] + " IS NOT NULL"
                    + " AND NOT EXISTS (SELECT 1 FROM " + key[2] + " r WHERE r.id = t." + key[1] + ")"))
                    .as("%s.%s -> %s", key[0], key[1], key[2]).isZero();
        }
    }

    @Test
    void statuses_mostlyCompletedAFewPending() {
        long orders = count("orders");
        long completed = Sql.longValue(first, "SELECT count(*) FROM orders WHERE status = 'completed'");
        long pending = Sql.longValue(first, "SELECT count(*) FROM orders WHERE status = 'pending'");

        assertThat(completed).isGreaterThan(orders * 85 / 100);
        assertThat(pending).isPositive().isLessThan(orders * 5 / 100);
    }

    @Test
    void popularity_isSkewedTowardsLowIds() {
        long users = count("users");
        long firstTenth = Sql.longValue(first, "SELECT count(*) FROM orders WHERE user_id <= ?", users / 10);

        // density ~ 1/sqrt(x): the first 10 % of users place ~32 % of the orders
        assertThat(firstTenth).isGreaterThan(count("orders") / 4);
    }

    @Test
    void seedingTwice_isRefused() {
        assertThatThrownBy(() -> Seeder.seed(first, SCALE, 42))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already has data");
    }

    @Test
    void newCategories_continueAfterTheSeededIds() {
        assertThat(Sql.longValue(first, "SELECT last_value FROM categories_id_seq")).isEqualTo(SeedPlan.CATEGORIES);
    }

    private static long count(String table) {
        return Sql.longValue(first, "SELECT count(*) FROM " + table);
    }

    private static String checksum(DataSource database, String table) {
        return Sql.text(database, "SELECT md5(string_agg(t::text, '|' ORDER BY t.id)) FROM " + table + " t");
    }

    private static DataSource migrated(String name) {
        EmbeddedPostgres postgres = EmbeddedPostgres.shared();
        postgres.createDatabase(name);
        DataSource dataSource = postgres.dataSource(name);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return dataSource;
    }
}
