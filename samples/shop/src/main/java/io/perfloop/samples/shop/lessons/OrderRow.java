package io.perfloop.samples.shop.lessons;

import java.time.Instant;

/**
 * An order without its lines (problems 2 and 3).
 *
 * @param id        order id
 * @param userId    customer id
 * @param status    order status
 * @param createdAt when it was placed
 */
public record OrderRow(long id, long userId, String status, Instant createdAt) {
}
