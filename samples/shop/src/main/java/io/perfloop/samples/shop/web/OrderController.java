package io.perfloop.samples.shop.web;

import io.perfloop.samples.shop.lessons.Lesson1NPlusOne;
import io.perfloop.samples.shop.lessons.Lesson2MissingIndex;
import io.perfloop.samples.shop.lessons.Lesson3PartialIndexUnused;
import io.perfloop.samples.shop.lessons.Lesson8QuadraticInvoice;
import io.perfloop.samples.shop.lessons.OrderRow;
import io.perfloop.samples.shop.lessons.OrderSummary;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/** Orders: problems 1, 2, 3 and 8. */
@RestController
class OrderController {

    private static final Set<String> STATUSES = Set.of("pending", "processing", "shipped", "completed", "cancelled");

    private final Lesson1NPlusOne list;
    private final Lesson2MissingIndex byUser;
    private final Lesson3PartialIndexUnused warehouse;
    private final Lesson8QuadraticInvoice invoices;

    OrderController(Lesson1NPlusOne list, Lesson2MissingIndex byUser, Lesson3PartialIndexUnused warehouse,
                    Lesson8QuadraticInvoice invoices) {
        this.list = list;
        this.byUser = byUser;
        this.warehouse = warehouse;
        this.invoices = invoices;
    }

    /** Problem 1: the newest orders, with customer name and totals. */
    @GetMapping("/api/orders")
    List<OrderSummary> orders(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        require(page >= 0 && page <= 10_000, "page must be 0..10000, was " + page);
        require(size >= 1 && size <= 200, "size must be 1..200, was " + size);
        return list.recentOrders(page, size);
    }

    /** Problem 2: a customer's orders in one status. */
    @GetMapping("/api/users/{id}/orders")
    List<OrderRow> ordersOfUser(@PathVariable long id, @RequestParam(defaultValue = "pending") String status) {
        require(STATUSES.contains(status), "status must be one of " + STATUSES + ", was " + status);
        return byUser.ordersOf(id, status);
    }

    /** Problem 3: the warehouse queue. */
    @GetMapping("/api/orders/processing")
    List<OrderRow> warehouseQueue(@RequestParam(defaultValue = "50") int limit) {
        require(limit >= 1 && limit <= 500, "limit must be 1..500, was " + limit);
        return warehouse.warehouseQueue(limit);
    }

    /** Problem 8: a plain-text invoice. */
    @GetMapping(value = "/api/orders/{id}/invoice", produces = MediaType.TEXT_PLAIN_VALUE)
    String invoice(@PathVariable long id) {
        return invoices.invoice(id).orElseThrow(() -> new NoSuchElementException("no order " + id));
    }

    static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
