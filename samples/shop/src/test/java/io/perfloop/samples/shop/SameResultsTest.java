package io.perfloop.samples.shop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.perfloop.samples.shop.config.Fix;
import io.perfloop.samples.shop.support.RunningShop;
import io.perfloop.samples.shop.support.Shops;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * A fix must not change the answer. The odd and even shops have every switch the opposite way
 * (see {@link Shops}), so each request below is answered once fixed and once unfixed for its
 * problem, on identical data. Ids are a fixed sample spread over the data, hot and cold.
 */
class SameResultsTest {

    static Stream<org.junit.jupiter.params.provider.Arguments> requests() {
        List<org.junit.jupiter.params.provider.Arguments> requests = new ArrayList<>();
        for (String page : List.of("page=0&size=20", "page=3&size=7", "page=40&size=50")) {
            requests.add(arguments(Fix.N_PLUS_ONE, "/api/orders?" + page));
        }
        for (long user : new long[] {1, 2, 17, 333, 999}) {
            requests.add(arguments(Fix.INDEX, "/api/users/" + user + "/orders?status=pending"));
        }
        requests.add(arguments(Fix.INDEX, "/api/users/1/orders?status=cancelled"));
        requests.add(arguments(Fix.PARTIAL_INDEX, "/api/orders/processing?limit=50"));
        requests.add(arguments(Fix.PARTIAL_INDEX, "/api/orders/processing?limit=500"));
        for (long cart : new long[] {1, 2, 100, 250}) {
            requests.add(arguments(Fix.CONCURRENT_PRICING, "/api/carts/" + cart + "/quote"));
        }
        requests.add(arguments(Fix.CACHE, "/api/categories/tree"));
        for (String products : List.of("category=1", "category=12", "category=60",
                "category=1&fields=id,name,priceCents&page=0&size=20", "category=1&fields=description,sku&page=2&size=15",
                "category=2&fields=rating,updatedAt,id", "category=3&page=1")) {
            requests.add(arguments(Fix.FIELDS, "/api/products?" + products));
        }
        for (String period : List.of("from=2025-10-01&to=2026-01-01", "from=2024-01-01&to=2024-01-15", "from=2030-01-01&to=2030-02-01")) {
            requests.add(arguments(Fix.STREAMING, "/api/reports/orders?" + period));
        }
        for (long order : new long[] {1, 2, 5000, 9999, 10000}) {
            requests.add(arguments(Fix.INVOICE, "/api/orders/" + order + "/invoice"));
        }
        return requests.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("requests")
    void fixedAnswersLikeUnfixed(Fix fix, String path) {
        RunningShop.Response unfixed = Shops.without(fix).get(path);
        RunningShop.Response fixed = Shops.with(fix).get(path);

        if (path.contains("/invoice")) {
            assertThat(fixed.text()).isEqualTo(unfixed.text()).isNotBlank();
            return;
        }
        JsonNode expected = fix == Fix.FIELDS ? projected(unfixed.json(), path) : unfixed.json();
        assertThat(fixed.json()).isEqualTo(expected);
    }

    /**
     * The unfixed product list (which ignores fields and paging) as the fixed one must answer:
     * projected onto the asked fields, cut to the asked page.
     */
    private static JsonNode projected(JsonNode all, String path) {
        String fields = parameter(path, "fields");
        String page = parameter(path, "page");
        String size = parameter(path, "size");
        boolean paged = page != null || size != null;
        int limit = size == null ? 50 : Integer.parseInt(size);
        int offset = page == null ? 0 : Integer.parseInt(page) * limit;
        Set<String> keep = fields == null ? null : Set.of(fields.split(","));
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (int i = paged ? offset : 0; i < all.size() && (!paged || i < offset + limit); i++) {
            ObjectNode row = JsonNodeFactory.instance.objectNode();
            all.get(i).fields().forEachRemaining(field -> {
                if (keep == null || keep.contains(field.getKey())) {
                    row.set(field.getKey(), field.getValue());
                }
            });
            out.add(row);
        }
        return out;
    }

    private static String parameter(String path, String name) {
        for (String pair : path.substring(path.indexOf('?') + 1).split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        return null;
    }
}
