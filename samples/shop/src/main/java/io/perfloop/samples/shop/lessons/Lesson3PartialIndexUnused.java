package io.perfloop.samples.shop.lessons;

import io.perfloop.samples.shop.config.Fix;
import io.perfloop.samples.shop.config.Fixes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;

import java.util.List;

/**
 * <h2>Problem 3 — a partial index that the query cannot use</h2>
 * {@code GET /api/orders/processing?limit=50}: the warehouse queue, oldest orders in processing
 * first.
 *
 * <p>The schema already has the right index: {@code orders_processing_idx ON orders (created_at)
 * WHERE status = 'processing'}. The planner may use a partial index only when it can
 * <em>prove</em> from the query's WHERE clause that every wanted row satisfies the index's
 * predicate.
 *
 * <p><b>Wrong:</b> {@value #UNFIXED}, bound to {@code 'processing'}: what Spring Data generates
 * for a derived query {@code findByStatusIgnoreCase…}, written "to be safe". Statuses are lower
 * case (a CHECK constraint says so), so the rows are the same — but {@code upper(status) =
 * 'PROCESSING'} does not imply {@code status = 'processing'}, so the planner cannot use the
 * partial index. It walks {@code orders_created_at_idx} from the oldest order instead, expecting
 * to meet a matching row every two hundred; the orders in processing are all recent, so it reads
 * and discards almost the whole table first.
 *
 * <p><b>Right ({@code --shop.fix=partial-index}):</b> {@value #FIXED}: the index's own
 * predicate, written as a literal. (A bind parameter {@code status = ?} would do for custom plans,
 * but a generic plan, which PostgreSQL may switch to after five executions of a prepared
 * statement, cannot prove anything about {@code $1} and cannot use the index.)
 *
 * <p><b>See it with perfloop:</b> the {@code partial-index-unused} finding names
 * {@code orders_processing_idx}, its predicate, and the query predicate that does not imply it.
 */
@Service
public class Lesson3PartialIndexUnused {

    /** The partial index both queries are about. */
    public static final String INDEX_NAME = "orders_processing_idx";
    /** Wrong: a predicate that does not imply the index's. */
    public static final String UNFIXED = "SELECT id, user_id, status, created_at FROM orders"
            + " WHERE upper(status) = upper(?) ORDER BY created_at, id LIMIT ?";
    /** Right: the index's own predicate. */
    public static final String FIXED = "SELECT id, user_id, status, created_at FROM orders"
            + " WHERE status = 'processing' ORDER BY created_at, id LIMIT ?";

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

    /** The oldest {@code limit} orders in processing. */
    public List<OrderRow> warehouseQueue(int limit) {
        RowMapper<OrderRow> row = (rs, n) -> new OrderRow(rs.getLong(1), rs.getLong(2), rs.getString(3),
                rs.getTimestamp(4).toInstant());
        return fixes.isOn(Fix.PARTIAL_INDEX) ? jdbc.query(FIXED, row, limit) : jdbc.query(UNFIXED, row, "processing", limit);
    }
}
