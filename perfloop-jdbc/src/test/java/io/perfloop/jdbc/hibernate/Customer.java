package io.perfloop.jdbc.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "hb_customer")
public class Customer {
    @Id
    Integer id;
    String name;

    protected Customer() {
    }

    Customer(int id, String name) {
        this.id = id;
        this.name = name;
    }

    public String getName() {
        return name;
    }
}
