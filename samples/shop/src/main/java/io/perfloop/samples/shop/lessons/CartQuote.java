package io.perfloop.samples.shop.lessons;

import java.util.List;

/**
 * A priced cart (problem 4).
 *
 * @param cartId     cart id
 * @param lines      priced lines, in cart order
 * @param totalCents sum of the line totals
 */
public record CartQuote(long cartId, List<Line> lines, long totalCents) {

    /**
     * One priced line.
     *
     * @param productId       product id
     * @param quantity        units
     * @param listPriceCents  catalogue price of one unit
     * @param unitPriceCents  price of one unit after discount
     * @param discountPercent discount the pricing service applied
     * @param lineTotalCents  quantity x unit price
     */
    public record Line(long productId, int quantity, long listPriceCents, long unitPriceCents, int discountPercent,
                       long lineTotalCents) {
    }
}
