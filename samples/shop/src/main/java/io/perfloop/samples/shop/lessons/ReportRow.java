package io.perfloop.samples.shop.lessons;

import java.time.Instant;

/**
 * One order in the orders report (problem 7).
 *
 * @param id         order id
 * @param userId     customer id
 * @param status     order status
 * @param createdAt  when it was placed
 * @param itemCount  number of lines
 * @param totalCents sum of quantity x unit price
 */
public record ReportRow(long id, long userId, String status, Instant createdAt, int itemCount, long totalCents) {
}
