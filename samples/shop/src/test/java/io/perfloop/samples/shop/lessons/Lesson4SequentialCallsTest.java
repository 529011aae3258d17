package io.perfloop.samples.shop.lessons;

import io.perfloop.samples.shop.config.Fix;
import io.perfloop.samples.shop.config.ShopProperties;
import io.perfloop.samples.shop.pricing.PricingServer;
import io.perfloop.samples.shop.support.RunningShop;
import io.perfloop.samples.shop.support.Shops;
import io.perfloop.samples.shop.support.Sql;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Problem 4: how many pricing calls a quote makes and how many of them are in flight at once. */
class Lesson4SequentialCallsTest {

    @Test
    void unfixed_oneCallPerLineNeverOverlapping() {
        RunningShop shop = Shops.without(Fix.CONCURRENT_PRICING);
        long cart = largestCart(shop);

        List<PricingServer.Call> calls = quote(shop, cart);

        assertThat(calls).hasSize((int) lines(shop, cart));
        assertThat(maxInFlight(calls)).isEqualTo(1);
    }

    @Test
    void fixed_oneCallPerLineOverlappingUpToTheLimit() {
        RunningShop shop = Shops.with(Fix.CONCURRENT_PRICING);
        long cart = largestCart(shop);
        int limit = shop.bean(ShopProperties.class).pricing().concurrency();

        List<PricingServer.Call> calls = quote(shop, cart);

        assertThat(calls).hasSize((int) lines(shop, cart));
        assertThat(maxInFlight(calls)).isGreaterThan(1).isLessThanOrEqualTo(limit);
    }

    private static List<PricingServer.Call> quote(RunningShop shop, long cart) {
        shop.pricing().clearCalls();
        shop.get("/api/carts/" + cart + "/quote");
        return shop.pricing().calls();
    }

    private static long largestCart(RunningShop shop) {
        return Sql.longValue(shop.dataSource(),
                "SELECT cart_id FROM cart_items GROUP BY cart_id ORDER BY count(*) DESC, cart_id LIMIT 1");
    }

    private static long lines(RunningShop shop, long cart) {
        return Sql.longValue(shop.dataSource(), "SELECT count(*) FROM cart_items WHERE cart_id = ?", cart);
    }

    /** The largest number of calls whose [start, end] intervals overlap at one instant. */
    static int maxInFlight(List<PricingServer.Call> calls) {
        List<long[]> edges = new ArrayList<>();
        for (PricingServer.Call call : calls) {
            edges.add(new long[] {call.startNanos(), +1});
            edges.add(new long[] {call.endNanos(), -1});
        }
        // at equal times an end comes before a start: touching intervals do not overlap
        edges.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        int inFlight = 0;
        int max = 0;
        for (long[] edge : edges) {
            inFlight += (int) edge[1];
            max = Math.max(max, inFlight);
        }
        return max;
    }
}
