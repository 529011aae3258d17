package io.perfloop.samples.shop.data;

import org.postgresql.copy.CopyManager;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

/** Writes the category tree and the products (long descriptions, many columns). */
final class CatalogRows {

    /** Products are created during the year before the first order. */
    static final Instant CATALOG_START = Instant.parse("2023-01-01T00:00:00Z");

    private CatalogRows() {
    }

    /**
     * Categories in breadth-first id order: ids 1..10 are roots, 11..50 their children, 51..210
     * the leaves. Products hang on leaves only.
     */
    static long categories(CopyManager copy) throws SQLException {
        try (CopyStream out = new CopyStream(copy, "categories", "id, parent_id, name, path")) {
            int roots = SeedPlan.CATEGORY_ROOTS;
            int fanout = SeedPlan.CATEGORY_FANOUT;
            for (int r = 1; r <= roots; r++) {
                out.add(r).add((Long) null).add(Words.ROOT_CATEGORIES[r - 1]).add("/" + r + "/").endRow();
            }
            for (int child = 0; child < roots * fanout; child++) {
                long id = roots + 1 + child;
                long parent = 1 + child / fanout;
                out.add(id).add(parent).add(Words.ROOT_CATEGORIES[(int) parent - 1] + " " + (char) ('A' + child % fanout))
                        .add("/" + parent + "/" + id + "/").endRow();
            }
            for (int leaf = 0; leaf < roots * fanout * fanout; leaf++) {
                long id = firstLeafId() + leaf;
                long parent = roots + 1 + leaf / fanout;
                long root = 1 + (parent - roots - 1) / fanout;
                out.add(id).add(parent)
                        .add(Words.ROOT_CATEGORIES[(int) root - 1] + " " + (char) ('A' + (parent - roots - 1) % fanout) + (1 + leaf % fanout))
                        .add("/" + root + "/" + parent + "/" + id + "/").endRow();
            }
            return out.rows();
        }
    }

    /** A rating from 1.0 to 5.0 in steps of 0.1. */
    private static String rating(SplittableRandom random) {
        int tenths = 10 + random.nextInt(41);
        return tenths / 10 + "." + tenths % 10;
    }

    /**
     * A product's price, 1.99 to 999.99 EUR, log-uniform. A pure function of seed and id so that
     * order items can be priced without keeping the catalogue in memory.
     */
    static int priceCents(long seed, long product) {
        double u = new SplittableRandom(seed * 1_000_003L + product).nextDouble();
        return (int) Math.round(Math.exp(Math.log(199) + u * (Math.log(99_999) - Math.log(199))));
    }

    static long firstLeafId() {
        return 1 + SeedPlan.CATEGORY_ROOTS + SeedPlan.CATEGORY_ROOTS * SeedPlan.CATEGORY_FANOUT;
    }

    static long products(CopyManager copy, SeedPlan plan, long seed) throws SQLException {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5052_4F44L);
        int leaves = SeedPlan.CATEGORY_ROOTS * SeedPlan.CATEGORY_FANOUT * SeedPlan.CATEGORY_FANOUT;
        try (CopyStream out = new CopyStream(copy, "products", "id, sku, name, category_id, price_cents, currency, brand, "
                + "color, material, weight_grams, width_mm, height_mm, depth_mm, stock, rating, description, created_at, updated_at")) {
            for (long id = 1; id <= plan.products(); id++) {
                String brand = Words.pick(random, Words.BRANDS);
                // skewed: the first leaves hold most products, as real catalogues do
                long category = firstLeafId() + (long) (leaves * Math.pow(random.nextDouble(), 1.5));
                Instant created = CATALOG_START.plus(Duration.ofSeconds(random.nextLong(365L * 24 * 3600)));
                out.add(id).add(String.format("SKU-%06d", id))
                        .add(brand + " " + Words.pick(random, Words.ADJECTIVES) + " " + Words.pick(random, Words.NOUNS))
                        .add(category).add(priceCents(seed, id)).add("EUR").add(brand)
                        .add(Words.pick(random, Words.COLORS)).add(Words.pick(random, Words.MATERIALS))
                        .add(50 + random.nextInt(20_000)).add(10 + random.nextInt(1_000)).add(10 + random.nextInt(1_000))
                        .add(10 + random.nextInt(1_000)).add(random.nextInt(500))
                        .add(rating(random))
                        .add(Words.text(random, 300 + random.nextInt(2_700)))
                        .add(created).add(created.plus(Duration.ofDays(random.nextInt(365)))).endRow();
            }
            return out.rows();
        }
    }
}
