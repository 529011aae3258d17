package io.perfloop.samples.shop.lessons;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.perfloop.samples.shop.config.Fix;
import io.perfloop.samples.shop.config.Fixes;
import io.perfloop.samples.shop.domain.Order;
import jakarta.persistence.EntityManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * <h2>Problem 7 — the whole result built in memory, then serialised</h2>
 * {@code GET /api/reports/orders?from=2025-06-01&to=2025-07-01}: every order of a period with its
 * item count and total, for the finance team's spreadsheet.
 *
 * <p><b>Wrong:</b> load all orders of the period with their items as entities, map them to rows,
 * return the list and let Spring serialise it. The PostgreSQL driver first reads the entire
 * result into memory (it uses a cursor only when given a fetch size, inside a transaction), Hibernate then hydrates
 * an entity, a snapshot for dirty checking and a collection per order, the list of rows is built,
 * and only then does the first byte leave. Heap use grows with the period; a year-long report
 * can take the service down.
 *
 * <p><b>Right ({@code --shop.fix=streaming}):</b> let the database aggregate, read the rows
 * through a cursor (fetch size {@value #FETCH_SIZE}, which the driver honours only inside a
 * transaction) and write each one to the response as it arrives. Memory stays bounded by one
 * fetch, whatever the period, and the client sees bytes at once. The JSON is identical: each row
 * is written by the same ObjectMapper that serialises the list.
 *
 * <p><b>See it with perfloop:</b> the profile's allocation view puts the request's allocated
 * bytes in Hibernate's hydration and the list; the {@code large-payload} finding shows the share
 * of time spent serialising.
 */
@Service
public class Lesson7InMemoryReport {

    /** Rows per round trip from the cursor. */
    public static final int FETCH_SIZE = 500;

    private static final String STREAMED = "SELECT o.id, o.user_id, o.status, o.created_at, count(oi.id),"
            + " coalesce(sum(oi.quantity::bigint * oi.unit_price_cents), 0) FROM orders o"
            + " LEFT JOIN order_items oi ON oi.order_id = o.id"
            + " WHERE o.created_at >= ? AND o.created_at < ? GROUP BY o.id ORDER BY o.id";

    private final EntityManager entityManager;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final ObjectMapper json;
    private final Fixes fixes;

    public Lesson7InMemoryReport(EntityManager entityManager, JdbcTemplate jdbc, PlatformTransactionManager transactions,
                                 ObjectMapper json, Fixes fixes) {
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.json = json;
        this.fixes = fixes;
    }

    /** Whether this run streams. */
    public boolean streams() {
        return fixes.isOn(Fix.STREAMING);
    }

    /** Wrong: the whole report as a list. */
    public List<ReportRow> inMemory(Instant from, Instant to) {
        return readOnly.execute(status -> entityManager.createQuery("select distinct o from Order o left join fetch o.items"
                        + " where o.createdAt >= :from and o.createdAt < :to order by o.id", Order.class)
                .setParameter("from", from).setParameter("to", to).getResultList().stream()
                .map(o -> new ReportRow(o.getId(), o.getUser().getId(), o.getStatus(), o.getCreatedAt(), o.getItems().size(),
                        o.totalCents()))
                .toList());
    }

    /** Right: rows from a cursor straight to {@code out} as a JSON array. */
    public void stream(Instant from, Instant to, OutputStream out) {
        readOnly.executeWithoutResult(status -> {
            // one flush per row would send one tiny chunk per row; let the response buffer fill instead
            try (SequenceWriter rows = json.writerFor(ReportRow.class)
                    .without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE).writeValuesAsArray(out)) {
                jdbc.query(connection -> {
                    PreparedStatement statement = connection.prepareStatement(STREAMED);
                    statement.setFetchSize(FETCH_SIZE);
                    statement.setObject(1, from.atOffset(ZoneOffset.UTC));
                    statement.setObject(2, to.atOffset(ZoneOffset.UTC));
                    return statement;
                }, rs -> {
                    try {
                        rows.write(new ReportRow(rs.getLong(1), rs.getLong(2), rs.getString(3),
                                rs.getObject(4, OffsetDateTime.class).toInstant(),
                                rs.getInt(5), rs.getLong(6)));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
