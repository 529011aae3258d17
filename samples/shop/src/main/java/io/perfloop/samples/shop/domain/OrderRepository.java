package io.perfloop.samples.shop.domain;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

/** Orders. */
public interface OrderRepository extends JpaRepository<Order, Long> {

    /** A page of orders, newest first, with nothing fetched eagerly. */
    List<Order> findAllByOrderByIdDesc(Pageable page);
}
