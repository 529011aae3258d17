package io.perfloop.samples.shop.lessons;

import io.perfloop.samples.shop.config.Fix;
import io.perfloop.samples.shop.config.Fixes;
import io.perfloop.samples.shop.domain.Order;
import io.perfloop.samples.shop.domain.OrderRepository;
import jakarta.persistence.EntityManager;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * <h2>Problem 1 — N+1 queries through lazy associations</h2>
 * {@code GET /api/orders?page=0&size=50}: the newest orders with the customer's name and the
 * item totals.
 *
 * <p><b>Wrong:</b> load the page of orders, then touch {@code order.getUser()} and
 * {@code order.getItems()} while mapping. Both are lazy, so Hibernate runs one SELECT for every
 * distinct user and one for every order's items: 1 + users + orders statements, about 100 for a
 * page of 50. Each is fast; together they are a hundred network round trips and a hundred
 * statements the database parses, plans and executes.
 *
 * <p><b>Right ({@code --shop.fix=n-plus-one}):</b> say up front what the mapping will touch.
 * The page query {@code JOIN FETCH}es the users (a to-one join keeps the page limit in SQL);
 * one more query {@code JOIN FETCH}es the items of exactly those orders into the same managed
 * instances. Two statements, whatever the page size. (Fetching the collection in the page query
 * itself would make Hibernate apply the limit in memory, HHH90003004.)
 *
 * <p><b>See it with perfloop:</b> the {@code n-plus-one} finding names the repeated statement
 * ({@code select … from order_items where order_id=?}), how often it ran per request and the call
 * site in {@link #unfixed}; a test guards the fix with {@code @QueryBudget(2)} / {@code @NoNPlusOne}.
 */
@Service
public class Lesson1NPlusOne {

    private final OrderRepository orders;
    private final EntityManager entityManager;
    private final Fixes fixes;

    public Lesson1NPlusOne(OrderRepository orders, EntityManager entityManager, Fixes fixes) {
        this.orders = orders;
        this.entityManager = entityManager;
        this.fixes = fixes;
    }

    /** The page, the way the switch says. */
    @Transactional(readOnly = true)
    public List<OrderSummary> recentOrders(int page, int size) {
        return fixes.isOn(Fix.N_PLUS_ONE) ? fixed(page, size) : unfixed(page, size);
    }

    /** Wrong: lazy associations touched in a loop. */
    List<OrderSummary> unfixed(int page, int size) {
        List<Order> found = orders.findAllByOrderByIdDesc(PageRequest.of(page, size));
        return found.stream().map(Lesson1NPlusOne::summary).toList();
    }

    /** Right: the page and its users in one statement, the items of those orders in a second. */
    List<OrderSummary> fixed(int page, int size) {
        List<Order> found = entityManager.createQuery(
                        "select o from Order o join fetch o.user order by o.id desc", Order.class)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        if (!found.isEmpty()) {
            entityManager.createQuery("select distinct o from Order o left join fetch o.items where o in :orders", Order.class)
                    .setParameter("orders", found).getResultList();
        }
        return found.stream().map(Lesson1NPlusOne::summary).toList();
    }

    private static OrderSummary summary(Order order) {
        return new OrderSummary(order.getId(), order.getUser().getId(), order.getUser().getName(), order.getStatus(),
                order.getCreatedAt(), order.getItems().size(), order.totalCents());
    }
}
