package io.perfloop.samples.shop.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An order; its user and items load lazily, as most JPA code bases map them. */
@Entity
@Table(name = "orders")
public class Order {
    @Id
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    private User user;
    private String status;
    private Instant createdAt;
    private String shippingAddress;
    @OneToMany(mappedBy = "order")
    private List<OrderItem> items = new ArrayList<>();

    protected Order() {
    }

    public Long getId() {
        return id;
    }

    public User getUser() {
        return user;
    }

    public String getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getShippingAddress() {
        return shippingAddress;
    }

    public List<OrderItem> getItems() {
        return items;
    }

    /** Sum of quantity x unit price over the items, in cents. */
    public long totalCents() {
        return items.stream().mapToLong(i -> (long) i.getQuantity() * i.getUnitPriceCents()).sum();
    }
}
