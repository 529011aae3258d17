package io.perfloop.samples.shop.web;

import io.perfloop.samples.shop.domain.Category;
import io.perfloop.samples.shop.domain.CategoryService;
import io.perfloop.samples.shop.lessons.CategoryNode;
import io.perfloop.samples.shop.lessons.Lesson5UncachedTree;
import io.perfloop.samples.shop.lessons.Lesson6LargePayload;
import io.perfloop.samples.shop.lessons.ProductQuery;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Catalogue: problems 5 and 6, and the category writes that problem 5's cache must see. */
@RestController
class CatalogController {

    /** Body of {@code POST /api/categories}. */
    record NewCategory(Long parentId, String name) {
    }

    /** A created category. */
    record CreatedCategory(long id, Long parentId, String name, String path) {
    }

    private final Lesson5UncachedTree tree;
    private final Lesson6LargePayload products;
    private final CategoryService categories;

    CatalogController(Lesson5UncachedTree tree, Lesson6LargePayload products, CategoryService categories) {
        this.tree = tree;
        this.products = products;
        this.categories = categories;
    }

    /** Problem 5: the category tree with figures. */
    @GetMapping("/api/categories/tree")
    List<CategoryNode> tree() {
        return tree.tree();
    }

    @PostMapping("/api/categories")
    @ResponseStatus(HttpStatus.CREATED)
    CreatedCategory create(@RequestBody NewCategory body) {
        Category created = categories.create(body.parentId(), body.name());
        tree.categoriesChanged(); // after the commit, so no reader can re-cache the old tree in between
        return new CreatedCategory(created.getId(), body.parentId(), created.getName(), created.getPath());
    }

    @DeleteMapping("/api/categories/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        categories.delete(id);
        tree.categoriesChanged();
    }

    /** Problem 6: the products of a category's subtree. */
    @GetMapping("/api/products")
    List<?> products(@RequestParam long category, @RequestParam(required = false) String fields,
                     @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return products.products(new ProductQuery(category, fields, page, size));
    }
}
