package io.perfloop.samples.shop.web;

import io.perfloop.samples.shop.support.RunningShop;
import io.perfloop.samples.shop.support.Shops;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input gets a status and a message that says what was wrong, in both fix sets. */
class BadInputTest {

    @ParameterizedTest(name = "{0} {1} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            GET    | /api/orders?size=0                                  |                              | 400 | size must be 1..200, was 0
            GET    | /api/orders?page=-1                                 |                              | 400 | page must be 0..10000, was -1
            GET    | /api/orders?size=lots                               |                              | 400 | 'size' cannot be 'lots': expected int
            GET    | /api/users/1/orders?status=lost                     |                              | 400 | status must be one of
            GET    | /api/users/x/orders                                 |                              | 400 | 'id' cannot be 'x'
            GET    | /api/orders/processing?limit=501                    |                              | 400 | limit must be 1..500, was 501
            GET    | /api/orders/99999999/invoice                        |                              | 404 | no order 99999999
            GET    | /api/carts/99999999/quote                           |                              | 404 | no cart 99999999
            GET    | /api/products                                       |                              | 400 | 'category'
            GET    | /api/products?category=1&page=-2                    |                              | 400 | page must be >= 0, was -2
            GET    | /api/products?category=1&size=501                   |                              | 400 | size must be 1..500, was 501
            GET    | /api/products?category=1&fields=id,,name            |                              | 400 | unknown field ''
            GET    | /api/reports/orders?from=2025-02-01&to=2025-01-01   |                              | 400 | from must be before to
            GET    | /api/reports/orders?from=2024-01-01&to=2025-06-01   |                              | 400 | at most 366 days
            GET    | /api/reports/orders?from=yesterday&to=2025-01-01    |                              | 400 | 'from' cannot be 'yesterday'
            POST   | /api/categories                                     | {"parentId":1,"name":" "}    | 400 | name must be 1-100 characters
            POST   | /api/categories                                     | {"parentId":999999,"name":"x"} | 404 | no category 999999
            POST   | /api/categories                                     | {not json                    | 400 | not the expected JSON
            DELETE | /api/categories/51                                  |                              | 409 | still has children or products
            DELETE | /api/categories/999999                              |                              | 404 | no category 999999
            """)
    void isRejectedWithAClearMessage(String method, String path, String body, int status, String message) {
        for (RunningShop shop : new RunningShop[] {Shops.odd(), Shops.even()}) {
            RunningShop.Response response = shop.send(method, path, body);

            assertThat(response.status()).as("%s: %s", shop, response.text()).isEqualTo(status);
            assertThat(response.json().get("error").asText()).contains(message);
        }
    }
}
