package io.perfloop.jdbc.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "hb_order")
public class PurchaseOrder {
    @Id
    Integer id;
    @ManyToOne(fetch = FetchType.LAZY)
    Customer customer;
    int total;

    protected PurchaseOrder() {
    }

    PurchaseOrder(int id, Customer customer, int total) {
        this.id = id;
        this.customer = customer;
        this.total = total;
    }

    public Customer getCustomer() {
        return customer;
    }
}
