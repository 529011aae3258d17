package io.perfloop.samples.shop.data;

import org.postgresql.copy.CopyManager;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Writes users, orders with their items, and carts with their items. Popularity is skewed on
 * purpose (real traffic is): low user ids place most orders, low product ids sell most.
 */
final class OrderRows {

    /** Orders span two years, in id order. */
    static final Instant ORDERS_START = Instant.parse("2024-01-01T00:00:00Z");
    static final Instant ORDERS_END = Instant.parse("2026-01-01T00:00:00Z");
    /** The newest 3 % of orders are still in flight; older ones are mostly completed. */
    static final double IN_FLIGHT_SHARE = 0.03;

    private OrderRows() {
    }

    static long users(CopyManager copy, SeedPlan plan, long seed) throws SQLException {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5553_4552L);
        try (CopyStream out = new CopyStream(copy, "users", "id, name, email, created_at")) {
            for (long id = 1; id <= plan.users(); id++) {
                String first = Words.pick(random, Words.FIRST_NAMES);
                String last = Words.pick(random, Words.LAST_NAMES);
                out.add(id).add(first + " " + last).add((first + "." + last + "." + id + "@example.com").toLowerCase())
                        .add(CatalogRows.CATALOG_START.plus(Duration.ofSeconds(random.nextLong(730L * 24 * 3600))))
                        .endRow();
            }
            return out.rows();
        }
    }

    /** Orders and their items; returns the number of rows written to both tables. */
    static long orders(CopyManager copy, SeedPlan plan, long seed) throws SQLException {
        SplittableRandom random = new SplittableRandom(seed ^ 0x4F52_4452L);
        long span = Duration.between(ORDERS_START, ORDERS_END).toSeconds();
        double slot = (double) span / plan.orders();
        long rows;
        try (CopyStream orders = new CopyStream(copy, "orders", "id, user_id, status, created_at, shipping_address")) {
            for (long id = 1; id <= plan.orders(); id++) {
                Instant created = ORDERS_START.plusSeconds((long) ((id - 1) * slot + random.nextDouble() * slot));
                boolean inFlight = id > plan.orders() * (1 - IN_FLIGHT_SHARE);
                orders.add(id).add(skewed(random, plan.users())).add(status(random, inFlight)).add(created)
                        .add((1 + random.nextInt(200)) + " " + Words.pick(random, Words.STREETS) + ", "
                                + (10_000 + random.nextInt(90_000)) + " " + Words.pick(random, Words.CITIES))
                        .endRow();
            }
            rows = orders.rows();
        }
        // Items come from their own random stream, so the orders above do not depend on them.
        SplittableRandom itemRandom = new SplittableRandom(seed ^ 0x4954_454DL);
        try (CopyStream items = new CopyStream(copy, "order_items", "id, order_id, product_id, quantity, unit_price_cents")) {
            long itemId = 1;
            for (long order = 1; order <= plan.orders(); order++) {
                int count = 1 + (int) (5 * Math.pow(itemRandom.nextDouble(), 2));
                for (int i = 0; i < count; i++) {
                    long product = skewed(itemRandom, plan.products());
                    items.add(itemId++).add(order).add(product).add(1 + (int) (4 * Math.pow(itemRandom.nextDouble(), 3)))
                            .add(CatalogRows.priceCents(seed, product)).endRow();
                }
            }
            return rows + items.rows();
        }
    }

    static long carts(CopyManager copy, SeedPlan plan, long seed) throws SQLException {
        SplittableRandom random = new SplittableRandom(seed ^ 0x4341_5254L);
        long rows;
        try (CopyStream carts = new CopyStream(copy, "carts", "id, user_id, created_at")) {
            for (long id = 1; id <= plan.carts(); id++) {
                carts.add(id).add(skewed(random, plan.users()))
                        .add(ORDERS_END.minus(Duration.ofSeconds(random.nextLong(7L * 24 * 3600)))).endRow();
            }
            rows = carts.rows();
        }
        try (CopyStream items = new CopyStream(copy, "cart_items", "id, cart_id, product_id, quantity")) {
            long itemId = 1;
            for (long cart = 1; cart <= plan.carts(); cart++) {
                int count = 1 + random.nextInt(15);
                for (int i = 0; i < count; i++) {
                    items.add(itemId++).add(cart).add(skewed(random, plan.products())).add(1 + random.nextInt(6)).endRow();
                }
            }
            return rows + items.rows();
        }
    }

    /** An id in 1..n, low ids far more likely (density ~ 1/sqrt(x)). */
    static long skewed(SplittableRandom random, int n) {
        double u = random.nextDouble();
        return 1 + (long) (n * u * u);
    }

    private static String status(SplittableRandom random, boolean inFlight) {
        double p = random.nextDouble();
        if (inFlight) {
            return p < 0.40 ? "pending" : p < 0.60 ? "processing" : p < 0.90 ? "shipped" : "completed";
        }
        return p < 0.950 ? "completed" : p < 0.995 ? "cancelled" : "pending";
    }
}
