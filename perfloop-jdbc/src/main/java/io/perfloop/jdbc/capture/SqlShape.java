package io.perfloop.jdbc.capture;

import io.perfloop.core.event.StatementKind;
import io.perfloop.jdbc.fingerprint.SqlFingerprint;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A statement's SQL as kept (cut to the configured length), its fingerprint and its kind.
 * Applications run a small set of distinct SQL strings many times, so shapes are cached by SQL
 * text; the cache is bounded and simply cleared when full (a rebuild costs microseconds).
 */
record SqlShape(String sql, String fingerprint, StatementKind kind, int inListWidth) {
    private static final int CACHE_LIMIT = 4096;
    private static final ConcurrentHashMap<String, SqlShape> CACHE = new ConcurrentHashMap<>();

    static SqlShape of(String sql, int maxLength) {
        if (sql == null) {
            return new SqlShape("", "", StatementKind.OTHER, 1);
        }
        if (sql.length() > maxLength) {
            // long statements are rare and often unique (generated IN lists): do not cache them
            return build(sql, maxLength);
        }
        SqlShape shape = CACHE.get(sql);
        if (shape == null) {
            if (CACHE.size() >= CACHE_LIMIT) {
                CACHE.clear();
            }
            shape = build(sql, maxLength);
            CACHE.put(sql, shape);
        }
        return shape;
    }

    private static SqlShape build(String sql, int maxLength) {
        String kept = sql.length() <= maxLength ? sql : sql.substring(0, maxLength) + "…";
        return new SqlShape(kept, SqlFingerprint.of(sql, maxLength), StatementKind.of(sql), InListWidth.of(sql));
    }
}
