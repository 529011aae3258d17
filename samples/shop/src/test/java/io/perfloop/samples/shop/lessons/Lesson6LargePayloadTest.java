package io.perfloop.samples.shop.lessons;

import io.perfloop.samples.shop.config.Fix;
import io.perfloop.samples.shop.support.RunningShop;
import io.perfloop.samples.shop.support.Shops;
import io.perfloop.samples.shop.support.Sql;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Problem 6: response bytes of the product grid's request. */
class Lesson6LargePayloadTest {

    /** What the grid asks for: three fields, the first page of 20. */
    static final String GRID = "/api/products?category=1&fields=id,name,priceCents&page=0&size=20";

    @Test
    void unfixed_everyFieldOfEveryProductOfTheSubtree() {
        RunningShop shop = Shops.without(Fix.FIELDS);
        long inSubtree = Sql.longValue(shop.dataSource(),
                "SELECT count(*) FROM products p JOIN categories c ON c.id = p.category_id WHERE c.path LIKE '/1/%'");

        RunningShop.Response response = shop.get(GRID);

        assertThat(inSubtree).isGreaterThan(50);
        assertThat(response.json()).hasSize((int) inSubtree);
        assertThat(response.json().get(0).size()).isEqualTo(ProductField.values().length);
        assertThat(response.body().length).as("bytes").isGreaterThan(300 * (int) inSubtree);
    }

    @Test
    void fixed_threeFieldsOfOnePageAndAFractionOfTheBytes() {
        RunningShop.Response unfixed = Shops.without(Fix.FIELDS).get(GRID);

        RunningShop.Response fixed = Shops.with(Fix.FIELDS).get(GRID);

        assertThat(fixed.json()).hasSize(20);
        fixed.json().forEach(row -> assertThat(row.fieldNames()).toIterable().containsExactly("id", "name", "priceCents"));
        assertThat(fixed.body().length).as("bytes").isLessThan(unfixed.body().length / 20);
    }

    @Test
    void fixed_withoutParametersAnswersLikeTheUnfixedOne() {
        String all = "/api/products?category=12";

        assertThat(Shops.with(Fix.FIELDS).get(all).json()).isEqualTo(Shops.without(Fix.FIELDS).get(all).json());
    }

    @Test
    void bothReject_anUnknownField() {
        for (RunningShop shop : new RunningShop[] {Shops.with(Fix.FIELDS), Shops.without(Fix.FIELDS)}) {
            RunningShop.Response response = shop.send("GET", "/api/products?category=1&fields=id,secret", null);
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.text()).contains("unknown field 'secret'");
        }
    }
}
