package io.perfloop.samples.shop.lessons;

import com.fasterxml.jackson.databind.JsonNode;
import io.perfloop.samples.shop.config.Fix;
import io.perfloop.samples.shop.support.RunningShop;
import io.perfloop.samples.shop.support.Shops;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Problem 5: statements per tree request, and what a category write does to the cached tree. */
class Lesson5UncachedTreeTest {

    private static final String TREE = "/api/categories/tree";

    @Test
    void unfixed_everyRequestRunsTheThreeQueries() {
        RunningShop shop = Shops.without(Fix.CACHE);

        assertThat(shop.get(TREE).statements().statements()).isEqualTo(3);
        assertThat(shop.get(TREE).statements().statements()).isEqualTo(3);
    }

    @Test
    void fixed_repeatedRequestsRunNoStatement() {
        RunningShop shop = Shops.with(Fix.CACHE);
        shop.get(TREE);

        assertThat(shop.get(TREE).statements().statements()).isZero();
        assertThat(shop.get(TREE).statements().statements()).isZero();
    }

    @Test
    void fixed_aNewCategoryIsVisibleAtOnce() {
        RunningShop shop = Shops.with(Fix.CACHE);
        shop.get(TREE);
        long id = create(shop, "Lesson 5 fresh");
        try {
            RunningShop.Response after = shop.get(TREE);
            assertThat(contains(after.json(), id)).as("new category %s in the tree", id).isTrue();
            assertThat(after.statements().statements()).as("rebuilt after invalidation").isEqualTo(3);
        } finally {
            delete(shop, id);
        }
        assertThat(contains(shop.get(TREE).json(), id)).isFalse();
    }

    @Test
    void cacheWithoutInvalidation_aNewCategoryStaysInvisible() {
        RunningShop shop = Shops.with(Fix.CACHE_NO_INVALIDATION);
        shop.get(TREE);
        long id = create(shop, "Lesson 5 stale");
        try {
            RunningShop.Response after = shop.get(TREE);
            assertThat(contains(after.json(), id)).as("stale tree still without category %s", id).isFalse();
            assertThat(after.statements().statements()).isZero();
        } finally {
            delete(shop, id);
        }
    }

    private static long create(RunningShop shop, String name) {
        RunningShop.Response created = shop.send("POST", "/api/categories", "{\"parentId\":1,\"name\":\"" + name + "\"}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private static void delete(RunningShop shop, long id) {
        assertThat(shop.send("DELETE", "/api/categories/" + id, null).status()).isEqualTo(204);
    }

    private static boolean contains(JsonNode nodes, long id) {
        for (JsonNode node : nodes) {
            if (node.get("id").asLong() == id || contains(node.get("children"), id)) {
                return true;
            }
        }
        return false;
    }
}
