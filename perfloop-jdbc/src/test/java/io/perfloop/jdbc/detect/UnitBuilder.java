package io.perfloop.jdbc.detect;

import io.perfloop.core.event.CallSite;
import io.perfloop.core.event.Framework;
import io.perfloop.core.event.StatementEvent;
import io.perfloop.core.event.StatementKind;
import io.perfloop.core.work.WorkUnit;
import io.perfloop.jdbc.fingerprint.SqlFingerprint;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Builds a unit of work's evidence inline, so a rule test reads like the situation it describes:
 * {@code unit("GET /orders").run("select … where id = ?").withParameters(1, 2, 3).from(site)}.
 */
final class UnitBuilder {
    static final CallSite ORDER_LIST = new CallSite("com.acme.OrderService", "list", "OrderService.java", 42);
    static final CallSite ORDER_VIEW = new CallSite("com.acme.OrderView", "render", "OrderView.java", 17);

    private final String name;
    private final List<StatementEvent> statements = new ArrayList<>();
    private long durationNanos = 100_000_000L;

    private UnitBuilder(String name) {
        this.name = name;
    }

    static UnitBuilder unit(String name) {
        return new UnitBuilder(name);
    }

    UnitBuilder lasting(long millis) {
        this.durationNanos = millis * 1_000_000L;
        return this;
    }

    /** One execution per parameter value, each taking {@code millis}. */
    UnitBuilder runTimed(String sql, CallSite site, Set<Framework> frameworks, long millis, Object... parameterValues) {
        for (Object value : parameterValues) {
            add(sql, site, frameworks, millis, Objects.hashCode(value), 1);
        }
        return this;
    }

    UnitBuilder run(String sql, CallSite site, Object... parameterValues) {
        return runTimed(sql, site, Set.of(), 2, parameterValues);
    }

    /** One batched lookup of {@code keys} keys at once. */
    UnitBuilder batchFetch(String sql, CallSite site, int keys, long parametersHash) {
        return add(sql, site, Set.of(Framework.HIBERNATE), 2, parametersHash, keys);
    }

    private UnitBuilder add(String sql, CallSite site, Set<Framework> frameworks, long millis, long hash, int keys) {
        statements.add(new StatementEvent(1, statements.size() + 1, sql, SqlFingerprint.of(sql), StatementKind.of(sql),
                null, hash, 0, millis * 1_000_000L, 1, 1, keys, site, frameworks, "main", null));
        return this;
    }

    WorkUnit build() {
        return new WorkUnit(1, name, 0, 0, durationNanos, List.copyOf(statements), 0);
    }
}
