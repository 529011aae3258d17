package io.perfloop.samples.shop.config;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The shop's fix switches: one per planted problem, each independent of the others.
 *
 * <p>Switch them on with {@code --shop.fix=n-plus-one,index} (or {@code --fix=…}, or the property
 * {@code shop.fix}); {@code all} turns on every real fix. {@link #CACHE_NO_INVALIDATION} is not a
 * fix but the classic <em>wrong</em> one: a cache that is never invalidated on write, so stale
 * reads can be shown next to {@link #CACHE}.
 */
public enum Fix {
    /** Problem 1: fetch the order page's users and items with the orders instead of one query per order. */
    N_PLUS_ONE("n-plus-one", 1, "JOIN FETCH the page's users and items (2 statements instead of 1 + 2N)"),
    /** Problem 2: create the partial index on orders (user_id, status) at startup. */
    INDEX("index", 2, "CREATE INDEX CONCURRENTLY orders_user_open_idx ON orders (user_id, status) WHERE status <> 'completed'"),
    /** Problem 3: write the warehouse-queue predicate so that the existing partial index applies. */
    PARTIAL_INDEX("partial-index", 3, "status = 'processing' (the index's predicate) instead of upper(status) = upper(?)"),
    /** Problem 4: call the pricing service for all cart lines concurrently, with a bounded limit. */
    CONCURRENT_PRICING("concurrent-pricing", 4, "price the cart lines concurrently, at most shop.pricing.concurrency at a time"),
    /** Problem 5: cache the category tree with a TTL and invalidate it on every category write. */
    CACHE("cache", 5, "Caffeine TTL cache of the category tree, invalidated on POST/DELETE /api/categories"),
    /** Problem 5, the wrong fix: the same cache, never invalidated on write (stale reads until the TTL). */
    CACHE_NO_INVALIDATION("cache-no-invalidation", 5, "WRONG FIX: the same cache without invalidation on write"),
    /** Problem 6: honour {@code ?fields=} and {@code ?page=&size=} and select only those columns. */
    FIELDS("fields", 6, "honour ?fields= and ?page=&size=, select only those columns"),
    /** Problem 7: stream the report row by row from a JDBC cursor instead of building it in memory. */
    STREAMING("streaming", 7, "stream rows from a JDBC cursor (fetch size 500) straight to the response"),
    /** Problem 8: render the invoice with a StringBuilder and precompiled patterns. */
    INVOICE("invoice", 8, "StringBuilder and precompiled patterns instead of String += and replaceAll per word");

    private final String id;
    private final int problem;
    private final String summary;

    Fix(String id, int problem, String summary) {
        this.id = id;
        this.problem = problem;
        this.summary = summary;
    }

    /** The switch's name as written in {@code shop.fix}. */
    public String id() {
        return id;
    }

    /** The number of the problem (1-8) in samples/shop/README.md this switch belongs to. */
    public int problem() {
        return problem;
    }

    /** One line saying what the switch changes. */
    public String summary() {
        return summary;
    }

    /** The switch with this name, if any (case-insensitive, surrounding blanks ignored). */
    public static Optional<Fix> byId(String id) {
        String wanted = id.trim().toLowerCase(java.util.Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.id.equals(wanted)).findFirst();
    }

    /** All names, for error messages. */
    public static String allIds() {
        return Arrays.stream(values()).map(Fix::id).collect(Collectors.joining(", "));
    }
}
