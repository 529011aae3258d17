package io.perfloop.samples.shop.data;

/**
 * How many rows the seeder writes at a given {@code --scale}. At scale 1: 210 categories,
 * 20 000 users, 10 000 products, 200 000 orders (about 450 000 order items), 5 000 carts (about
 * 40 000 cart items). Categories are a fixed three-level tree; everything else scales linearly,
 * with small floors so that a tiny scale still has every kind of row.
 *
 * @param users    users, ids 1..users
 * @param products products, ids 1..products
 * @param orders   orders, ids 1..orders, chronological by id
 * @param carts    carts, ids 1..carts
 */
public record SeedPlan(int users, int products, int orders, int carts) {

    /** Roots of the category tree. */
    public static final int CATEGORY_ROOTS = 10;
    /** Children per non-leaf category. */
    public static final int CATEGORY_FANOUT = 4;
    /** Total categories: 10 roots, 40 children, 160 leaves. */
    public static final int CATEGORIES = CATEGORY_ROOTS * (1 + CATEGORY_FANOUT + CATEGORY_FANOUT * CATEGORY_FANOUT);

    public SeedPlan {
        if (users < 1 || products < 1 || orders < 1 || carts < 1) {
            throw new IllegalArgumentException("every table needs at least one row: " + users + " users, "
                    + products + " products, " + orders + " orders, " + carts + " carts");
        }
    }

    /** The plan for {@code scale} (1 = the default described above). */
    public static SeedPlan forScale(double scale) {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be > 0, was " + scale);
        }
        return new SeedPlan(atLeast(50, 20_000 * scale), atLeast(100, 10_000 * scale),
                atLeast(500, 200_000 * scale), atLeast(20, 5_000 * scale));
    }

    private static int atLeast(int floor, double value) {
        return (int) Math.max(floor, Math.round(value));
    }
}
