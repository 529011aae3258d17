package io.perfloop.samples.shop.lessons;

import io.perfloop.samples.shop.config.Fix;
import io.perfloop.samples.shop.config.Fixes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * <h2>Problem 2 — no usable index: a sequential scan over all orders</h2>
 * {@code GET /api/users/{id}/orders?status=pending}: a customer's open orders.
 *
 * <p><b>Wrong:</b> the query is fine; the schema is not. {@code orders.user_id} is a foreign
 * key, and PostgreSQL does not index foreign keys by itself, so every call reads the whole
 * orders table (200 000 rows at scale 1) to return a handful.
 *
 * <p><b>Right ({@code --shop.fix=index}):</b> {@value #CREATE_INDEX}. Partial, because only
 * the few non-completed orders are ever asked for by status: the index holds ~5 % of the rows
 * and stays small and hot. The shop applies it at start-up, outside any transaction ({@code
 * CONCURRENTLY} refuses to run in one, and it is what you would run on a live table: it does
 * not block writes). Idempotent: an existing valid index is kept; an INVALID one, which a
 * failed or interrupted {@code CONCURRENTLY} build leaves behind and {@code IF NOT EXISTS}
 * would happily keep, is dropped and built again. With the switch off the index is dropped
 * ({@code DROP INDEX CONCURRENTLY IF EXISTS}), so one database can be run both ways.
 *
 * <p><b>See it with perfloop:</b> the {@code missing-index} finding shows the Seq Scan on
 * {@code orders} removing > 99 % of its rows by filter and proposes this index.
 */
@Service
public class Lesson2MissingIndex {

    /** The index the fix creates. */
    public static final String INDEX_NAME = "orders_user_open_idx";
    /** Its definition. */
    public static final String CREATE_INDEX = "CREATE INDEX CONCURRENTLY IF NOT EXISTS " + INDEX_NAME
            + " ON orders (user_id, status) WHERE status <> 'completed'";
    /** The query; the same with and without the fix. */
    public static final String QUERY = "SELECT id, user_id, status, created_at FROM orders"
            + " WHERE user_id = ? AND status = ? ORDER BY created_at DESC, id DESC";

    private static final Logger LOG = LoggerFactory.getLogger(Lesson2MissingIndex.class);

    private final JdbcTemplate jdbc;

    public Lesson2MissingIndex(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A user's orders in {@code status}. */
    public List<OrderRow> ordersOf(long userId, String status) {
        return jdbc.query(QUERY, (rs, n) -> new OrderRow(rs.getLong(1), rs.getLong(2), rs.getString(3),
                rs.getTimestamp(4).toInstant()), userId, status);
    }

    /** Creates (switch on) or drops (switch off) the index; called once at start-up. */
    public static void applyIndexSwitch(DataSource dataSource, Fixes fixes) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                if (!fixes.isOn(Fix.INDEX)) {
                    statement.execute("DROP INDEX CONCURRENTLY IF EXISTS " + INDEX_NAME);
                    return;
                }
                if (isInvalid(connection)) {
                    LOG.warn("{} is INVALID (an earlier concurrent build failed); building it again", INDEX_NAME);
                    statement.execute("DROP INDEX CONCURRENTLY IF EXISTS " + INDEX_NAME);
                }
                long start = System.nanoTime();
                statement.execute(CREATE_INDEX);
                LOG.info("index switch on: {} ready in {} ms", INDEX_NAME, (System.nanoTime() - start) / 1_000_000);
            }
        }
    }

    private static boolean isInvalid(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT NOT i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                        + " WHERE c.relname = ? AND c.relnamespace = current_schema()::regnamespace")) {
            query.setString(1, INDEX_NAME);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }
}
