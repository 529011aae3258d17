package io.perfloop.samples.shop.lessons;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.perfloop.samples.shop.config.Fix;
import io.perfloop.samples.shop.config.Fixes;
import io.perfloop.samples.shop.config.ShopProperties;
import org.springframework.stereotype.Service;

import java.util.List;

/**
 * <h2>Problem 5 — an expensive result rebuilt from the database on every call</h2>
 * {@code GET /api/categories/tree}: the whole category tree with product counts and units sold,
 * shown on every page of the shop. It changes only when someone edits the catalogue.
 *
 * <p><b>Wrong:</b> {@link CategoryTreeBuilder#build()} on every request: three queries, one of
 * them aggregating every order item, for a result that is the same for everyone.
 *
 * <p><b>Right ({@code --shop.fix=cache}):</b> a Caffeine cache with a TTL
 * ({@code shop.cache.ttl}, default 60 s) <em>and</em> explicit invalidation on every write to
 * categories ({@code POST}/{@code DELETE /api/categories}). The TTL bounds the staleness of what
 * the shop does not control (the sales figures); invalidation makes the shop's own writes visible
 * at once.
 *
 * <p><b>Also wrong ({@code --shop.fix=cache-no-invalidation}):</b> the same cache, but writes do
 * not invalidate it: as fast as the fix, and a new category stays invisible for up to the TTL.
 * This is the bug a cache adds when it is bolted on without asking who writes the data.
 *
 * <p><b>See it with perfloop:</b> the {@code cacheable-call} finding shows the same three queries
 * with the same results in every request; it warns that {@code categories} is written during the
 * run, which is what makes invalidation necessary.
 */
@Service
public class Lesson5UncachedTree {

    private final CategoryTreeBuilder builder;
    private final Fixes fixes;
    private final Cache<String, List<CategoryNode>> cache;

    public Lesson5UncachedTree(CategoryTreeBuilder builder, Fixes fixes, ShopProperties properties) {
        this.builder = builder;
        this.fixes = fixes;
        this.cache = Caffeine.newBuilder().expireAfterWrite(properties.cache().ttl()).maximumSize(1).build();
    }

    /** The tree, from the cache when a cache switch is on. */
    public List<CategoryNode> tree() {
        if (fixes.isOn(Fix.CACHE) || fixes.isOn(Fix.CACHE_NO_INVALIDATION)) {
            return cache.get("tree", key -> builder.build());
        }
        return builder.build();
    }

    /** Called after every write to categories. */
    public void categoriesChanged() {
        if (fixes.isOn(Fix.CACHE)) {
            cache.invalidateAll();
        }
        // with cache-no-invalidation nothing happens here: that is the bug being shown
    }
}
