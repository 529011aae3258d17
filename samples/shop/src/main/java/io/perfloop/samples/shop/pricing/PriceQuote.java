package io.perfloop.samples.shop.pricing;

/**
 * The pricing service's answer for one cart line.
 *
 * @param product         product id
 * @param quantity        units
 * @param unitPriceCents  price of one unit after discount
 * @param discountPercent discount applied to the list price
 */
public record PriceQuote(long product, int quantity, long unitPriceCents, int discountPercent) {

    /**
     * The pricing rules: 10 % off from 5 units, 5 % more on every seventh product (a standing promotion).
     * Deterministic, so quotes can be compared across runs.
     */
    public static PriceQuote of(long product, int quantity, long listPriceCents) {
        int discount = (quantity >= 5 ? 10 : 0) + (product % 7 == 0 ? 5 : 0);
        return new PriceQuote(product, quantity, listPriceCents * (100 - discount) / 100, discount);
    }
}
