package io.perfloop.samples.shop.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A node of the category tree; {@code path} holds the ids from the root, e.g. {@code /3/17/42/}. */
@Entity
@Table(name = "categories")
public class Category {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Category parent;
    private String name;
    private String path;

    protected Category() {
    }

    /** A new category under {@code parent} (null for a root); its path is set once its id is known. */
    public Category(Category parent, String name) {
        this.parent = parent;
        this.name = name;
        this.path = "";
    }

    public Long getId() {
        return id;
    }

    public Category getParent() {
        return parent;
    }

    public String getName() {
        return name;
    }

    public String getPath() {
        return path;
    }

    /** Sets the path from the parent's and this category's id (call after the id was generated). */
    public void derivePath() {
        this.path = (parent == null ? "/" : parent.getPath()) + id + "/";
    }
}
