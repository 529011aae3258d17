package io.perfloop.samples.shop.lessons;

import java.time.Instant;
import java.util.List;

/**
 * What an invoice shows (problem 8).
 *
 * @param orderId   order id
 * @param customer  customer name
 * @param address   shipping address
 * @param createdAt when the order was placed
 * @param lines     the order's lines, in item order
 */
public record Invoice(long orderId, String customer, String address, Instant createdAt, List<Line> lines) {

    /**
     * One invoice line.
     *
     * @param sku            product SKU
     * @param name           product name
     * @param description    product description (long)
     * @param quantity       units
     * @param unitPriceCents price of one unit
     */
    public record Line(String sku, String name, String description, int quantity, long unitPriceCents) {
    }
}
