package io.perfloop.samples.shop.lessons;

import io.perfloop.samples.shop.config.Fix;
import io.perfloop.samples.shop.config.Fixes;
import io.perfloop.samples.shop.domain.Product;
import jakarta.persistence.EntityManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * <h2>Problem 6 — the whole object, for every row, when the client needs three fields of twenty</h2>
 * {@code GET /api/products?category=12&fields=id,name,priceCents&page=0&size=20}: the product grid.
 *
 * <p><b>Wrong:</b> load every product of the category's subtree as an entity and return all
 * eighteen fields, the 0.3-3 KB description included, for hundreds of rows. The front end already
 * sends {@code fields}, {@code page} and {@code size}; the server ignores them. The cost is in
 * reading the descriptions from TOAST, hydrating entities, serialising and sending a megabyte the
 * client throws away.
 *
 * <p><b>Right ({@code --shop.fix=fields}):</b> honour {@code ?fields=} and {@code ?page=&size=}:
 * select only those columns, with {@code LIMIT}/{@code OFFSET} in SQL. Without the parameters the
 * answer is exactly the unfixed one (same data, same order); with them it is the unfixed answer
 * projected onto the fields and cut to the page.
 *
 * <p><b>See it with perfloop:</b> the {@code large-payload} finding shows the response bytes per
 * request and the share of the request spent serialising.
 */
@Service
public class Lesson6LargePayload {

    private final EntityManager entityManager;
    private final JdbcTemplate jdbc;
    private final Fixes fixes;

    public Lesson6LargePayload(EntityManager entityManager, JdbcTemplate jdbc, Fixes fixes) {
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.fixes = fixes;
    }

    /** The products of the category's subtree, by id, shaped the way the switch says. */
    @Transactional(readOnly = true)
    public List<?> products(ProductQuery query) {
        return fixes.isOn(Fix.FIELDS) ? fixed(query) : unfixed(query);
    }

    /** Wrong: everything, always. */
    List<ProductView> unfixed(ProductQuery query) {
        return entityManager.createQuery("select p from Product p where p.category.id in"
                        + " (select c.id from Category c where c.path like :prefix) order by p.id", Product.class)
                .setParameter("prefix", "%/" + query.categoryId() + "/%")
                .getResultStream().map(ProductView::of).toList();
    }

    /** Right: the asked-for columns of the asked-for page. */
    List<Map<String, Object>> fixed(ProductQuery query) {
        List<ProductField> fields = ProductField.parse(query.fields());
        String sql = "SELECT " + fields.stream().map(ProductField::column).collect(Collectors.joining(", "))
                + " FROM products p WHERE p.category_id IN (SELECT c.id FROM categories c WHERE c.path LIKE ?)"
                + " ORDER BY p.id" + (query.paged() ? " LIMIT " + query.limit() + " OFFSET " + query.offset() : "");
        return jdbc.query(sql, (rs, n) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            for (ProductField field : fields) {
                row.put(field.json(), field.of(rs));
            }
            return row;
        }, "%/" + query.categoryId() + "/%");
    }
}
