package io.perfloop.samples.shop.lessons;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the category tree with product counts and units sold per subtree: three queries, one of
 * them an aggregate over every order item. Correct, and expensive by nature (problem 5 is about
 * how often it runs, not how it runs).
 */
@Component
public class CategoryTreeBuilder {

    private record Row(long id, Long parentId, String name) {
    }

    private final JdbcTemplate jdbc;

    public CategoryTreeBuilder(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The roots of the tree, each with its subtree. */
    public List<CategoryNode> build() {
        List<Row> rows = jdbc.query("SELECT id, parent_id, name FROM categories ORDER BY id",
                (rs, n) -> new Row(rs.getLong(1), (Long) rs.getObject(2), rs.getString(3)));
        Map<Long, Long> products = counts("SELECT category_id, count(*) FROM products GROUP BY category_id");
        Map<Long, Long> sold = counts("SELECT p.category_id, sum(oi.quantity) FROM order_items oi"
                + " JOIN products p ON p.id = oi.product_id GROUP BY p.category_id");
        Map<Long, List<Row>> children = new HashMap<>();
        List<Row> roots = new ArrayList<>();
        for (Row row : rows) {
            if (row.parentId() == null) {
                roots.add(row);
            } else {
                children.computeIfAbsent(row.parentId(), k -> new ArrayList<>()).add(row);
            }
        }
        return roots.stream().map(root -> node(root, children, products, sold)).toList();
    }

    private static CategoryNode node(Row row, Map<Long, List<Row>> children, Map<Long, Long> products, Map<Long, Long> sold) {
        List<CategoryNode> kids = children.getOrDefault(row.id(), List.of()).stream()
                .map(child -> node(child, children, products, sold)).toList();
        long productCount = products.getOrDefault(row.id(), 0L) + kids.stream().mapToLong(CategoryNode::productCount).sum();
        long unitsSold = sold.getOrDefault(row.id(), 0L) + kids.stream().mapToLong(CategoryNode::unitsSold).sum();
        return new CategoryNode(row.id(), row.name(), productCount, unitsSold, kids);
    }

    private Map<Long, Long> counts(String sql) {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.query(sql, rs -> {
            counts.put(rs.getLong(1), rs.getLong(2));
        });
        return counts;
    }
}
