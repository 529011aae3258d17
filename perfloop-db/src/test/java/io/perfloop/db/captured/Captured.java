package io.perfloop.db.captured;

import io.perfloop.core.event.CallSite;
import io.perfloop.core.event.RequestEvent;
import io.perfloop.core.event.StatementEvent;
import io.perfloop.core.event.StatementKind;
import io.perfloop.jdbc.fingerprint.SqlFingerprint;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/** Builds requests and statements as the agent captures them, so a test reads like the recording it stands for. */
final class Captured {
    private static final AtomicLong IDS = new AtomicLong();

    private Captured() {
    }

    /** A statement that took {@code millis}, with its bind values ({@code null}: redacted, as by default). */
    static StatementEvent statement(String sql, double millis, List<String> values) {
        return statement(sql, millis, values, null);
    }

    static StatementEvent statement(String sql, double millis, List<String> values, String error) {
        return new StatementEvent(0, IDS.incrementAndGet(), sql, SqlFingerprint.of(sql), StatementKind.of(sql), values,
                values == null ? 0 : values.hashCode(), 0, (long) (millis * 1e6), 1, 1, 1,
                new CallSite("com.acme.shop.Orders", "list", "Orders.java", 42), Set.of(), "exec-1", error);
    }

    /** A request of {@code endpoint} that took {@code wallMillis} and ran {@code statements}. */
    static RequestEvent request(String endpoint, double wallMillis, StatementEvent... statements) {
        long id = IDS.incrementAndGet();
        return new RequestEvent(id, endpoint, endpoint.substring(0, endpoint.indexOf(' ')), endpoint.substring(endpoint.indexOf(' ') + 1),
                200, 0, (long) (wallMillis * 1e6), -1, -1, -1, "servlet", "exec-1", List.of(statements), List.of(), 0, 0, null);
    }
}
