package io.perfloop.samples.shop.lessons;

import com.fasterxml.jackson.databind.JsonNode;
import io.perfloop.samples.shop.config.Fix;
import io.perfloop.samples.shop.support.RunningShop;
import io.perfloop.samples.shop.support.Shops;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Problem 1: statements per request of {@code GET /api/orders}. */
class Lesson1NPlusOneTest {

    @ParameterizedTest(name = "page {0}, size {1}")
    @CsvSource({"0, 10", "1, 40", "7, 25"})
    void unfixed_onePageQueryPlusOnePerUserPlusOnePerOrder(int page, int size) {
        RunningShop.Response response = Shops.without(Fix.N_PLUS_ONE).get("/api/orders?page=" + page + "&size=" + size);

        assertThat(response.json()).hasSize(size);
        assertThat(response.statements().statements())
                .as("statements: %s", response.statements().sql())
                .isEqualTo(1 + distinctUsers(response.json()) + size);
        // and perfloop's own rule calls it an N+1, at the lesson's line, with the Hibernate recipe
        assertThat(response.statements().findings()).filteredOn(f -> f.ruleId().equals("n-plus-one"))
                .isNotEmpty()
                .allSatisfy(f -> {
                    assertThat(f.callSite()).startsWith("io.perfloop.samples.shop.lessons.Lesson1NPlusOne.");
                    assertThat(f.fix()).contains("join fetch");
                });
    }

    @ParameterizedTest(name = "page {0}, size {1}")
    @CsvSource({"0, 10", "1, 40", "7, 25", "0, 200"})
    void fixed_twoStatementsWhateverThePageSize(int page, int size) {
        RunningShop.Response response = Shops.with(Fix.N_PLUS_ONE).get("/api/orders?page=" + page + "&size=" + size);

        assertThat(response.json()).hasSize(size);
        assertThat(response.statements().statements()).as("statements: %s", response.statements().sql()).isEqualTo(2);
        assertThat(response.statements().findings()).isEmpty();
    }

    private static int distinctUsers(JsonNode orders) {
        Set<Long> users = new HashSet<>();
        orders.forEach(order -> users.add(order.get("userId").asLong()));
        return users.size();
    }
}
