package io.perfloop.samples.shop.domain;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.NoSuchElementException;

/** Writes to the category tree. Callers invalidate caches after these methods return (after commit). */
@Service
public class CategoryService {

    private final CategoryRepository categories;
    private final EntityManager entityManager;

    public CategoryService(CategoryRepository categories, EntityManager entityManager) {
        this.categories = categories;
        this.entityManager = entityManager;
    }

    /**
     * Creates a category under {@code parentId} (null for a root).
     *
     * @throws NoSuchElementException   when the parent does not exist
     * @throws IllegalArgumentException when the name is blank or longer than 100 characters
     */
    @Transactional
    public Category create(Long parentId, String name) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new IllegalArgumentException("name must be 1-100 characters");
        }
        Category parent = parentId == null ? null : categories.findById(parentId)
                .orElseThrow(() -> new NoSuchElementException("no category " + parentId));
        Category category = categories.saveAndFlush(new Category(parent, name.trim()));
        category.derivePath();
        return category;
    }

    /**
     * Deletes a category that has neither children nor products.
     *
     * @throws NoSuchElementException when it does not exist
     * @throws IllegalStateException  when it still has children or products
     */
    @Transactional
    public void delete(long id) {
        Category category = categories.findById(id).orElseThrow(() -> new NoSuchElementException("no category " + id));
        boolean hasProducts = !entityManager.createQuery("select p.id from Product p where p.category.id = :id")
                .setParameter("id", id).setMaxResults(1).getResultList().isEmpty();
        if (categories.existsByParentId(id) || hasProducts) {
            throw new IllegalStateException("category " + id + " still has children or products");
        }
        categories.delete(category);
    }
}
