package io.perfloop.samples.shop.lessons;

import java.time.Instant;

/**
 * One row of the order list (problem 1).
 *
 * @param id         order id
 * @param userId     customer id
 * @param userName   customer name
 * @param status     order status
 * @param createdAt  when the order was placed
 * @param itemCount  number of lines
 * @param totalCents sum of quantity x unit price
 */
public record OrderSummary(long id, long userId, String userName, String status, Instant createdAt, int itemCount,
                           long totalCents) {
}
