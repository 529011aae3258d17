package io.perfloop.db.bench;

import java.util.List;

/** The index advisor's benchmark set over the seeded shop: filters, joins, ORDER BY + LIMIT, skewed constants. */
final class BenchQueries {
    private BenchQueries() {
    }

    static final List<String> ALL = List.of(
            "select * from orders where customer_id = 42",
            "select id, amount from orders where customer_id = 42 and status = 'done'",
            "select id from orders where status = 'cancelled' and region = 'r7'",
            "select id, created_at from orders where status = 'pending' order by created_at desc limit 20",
            "select * from orders where region = 'r3' order by amount desc limit 20",
            "select customer_id, amount from orders where customer_id between 100 and 400",
            "select count(*) from orders where created_at >= '2023-03-01' and created_at < '2023-03-02' and region = 'r5'",
            "select * from customers where email = 'user77@example.com'",
            "select id from customers where country = 'SE' and created_at > '2021-06-01' order by created_at limit 50",
            "select id, email from customers where vip and country = 'FR'",
            "select * from products where category = 'cat7' order by price limit 10",
            "select name from products where category = 'misc' and price < 5",
            "select o.id, i.qty from orders o join order_items i on i.order_id = o.id where o.customer_id = 42",
            "select * from order_items where product_id = 77",
            "select sum(qty) from order_items where product_id = 77 and qty > 3",
            "select o.id from orders o join customers c on c.id = o.customer_id where c.email = 'user5@example.com'",
            "select c.email, o.amount from customers c join orders o on o.customer_id = c.id where c.country = 'NL' and o.status = 'cancelled'",
            "select id from orders where bucket_a = 3 and region = 'r2' and status = 'shipped'",
            "select id, amount from orders where amount between 100 and 101 order by amount",
            "select * from orders where customer_id = 7 order by created_at desc limit 5",
            "select p.name, sum(i.qty) from order_items i join products p on p.id = i.product_id where p.category = 'cat3' group by p.name",
            "select count(*) from orders where status = 'shipped' and created_at >= '2023-02-01' and created_at < '2023-02-08'",
            "select id from order_items where order_id in (5, 77, 1234)",
            "select id from orders where note = 'c4ca4238a0b923820dcc509a6f75849b'");

    /** A quick subset for the unit-test run: one of each kind. */
    static final List<String> QUICK = List.of(ALL.get(1), ALL.get(2), ALL.get(4), ALL.get(5), ALL.get(12), ALL.get(16));
}
