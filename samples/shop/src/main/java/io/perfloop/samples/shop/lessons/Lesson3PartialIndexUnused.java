package io.perfloop.samples.shop.lessons;

import io.perfloop.samples.shop.config.Fix;
import io.perfloop.samples.shop.config.Fixes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.util.List;

/**
 * <h2>Problem 3 — a partial index that the query cannot use</h2>
 * {@code GET /api/orders/pending?limit=50}: the fulfilment queue, oldest pending orders first.
 *
 * <p>The schema already has the right index: {@code orders_pending_idx ON orders (created_at)
 * WHERE status = 'pending'}. The planner may use a partial index only when it can
 * <em>prove</em> from the query's WHERE clause that every wanted row satisfies the index's
 * predicate.
 *
 * <p><b>Wrong:</b> {@value #UNFIXED}. {@code 'new'} was the old name of {@code 'pending'}; it was
 * migrated away long ago and the CHECK constraint forbids it, so the results are the same — but
 * {@code status IN ('pending', 'new')} does not imply {@code status = 'pending'}, the planner
 * cannot use the partial index, and it walks {@code orders_created_at_idx} (or the whole table)
 * discarding almost every row.
 *
 * <p><b>Right ({@code --shop.fix=partial-index}):</b> {@value #FIXED}: the predicate is the
 * index's, written as a literal. (A bind parameter {@code status = ?} works for custom plans,
 * but a generic plan, which PostgreSQL may switch to after five executions of a prepared
 * statement, cannot prove anything about {@code $1} and cannot use the index.)
 *
 * <p><b>See it with perfloop:</b> the {@code partial-index-unused} finding names
 * {@code orders_pending_idx}, its predicate, and the query predicate that does not imply it.
 */
@Service
public class Lesson3PartialIndexUnused {

    /** The partial index both queries are about. */
    public static final String INDEX_NAME = "orders_pending_idx";
    /** Wrong: a predicate that does not imply the index's. */
    public static final String UNFIXED = "SELECT id, user_id, status, created_at FROM orders"
            + " WHERE status IN ('pending', 'new') ORDER BY created_at, id LIMIT ?";
    /** Right: the index's own predicate. */
    public static final String FIXED = "SELECT id, user_id, status, created_at FROM orders"
            + " WHERE status = 'pending' ORDER BY created_at, id LIMIT ?";

    private final JdbcTemplate jdbc;
    private final Fixes fixes;

    public Lesson3PartialIndexUnused(JdbcTemplate jdbc, Fixes fixes) {
        this.jdbc = jdbc;
        this.fixes = fixes;
    }

    /** The SQL this run uses. */
    public String query() {
        return fixes.isOn(Fix.PARTIAL_INDEX) ? FIXED : UNFIXED;
    }

    /** The oldest {@code limit} pending orders. */
    public List<OrderRow> pendingQueue(int limit) {
        return jdbc.query(query(), (rs, n) -> new OrderRow(rs.getLong(1), rs.getLong(2), rs.getString(3),
                rs.getTimestamp(4).toInstant()), limit);
    }
}
