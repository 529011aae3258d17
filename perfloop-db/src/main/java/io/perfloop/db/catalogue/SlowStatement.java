package io.perfloop.db.catalogue;

/**
 * One statement shape from {@code pg_stat_statements} (or MariaDB/MySQL's digest summary).
 *
 * @param query       normalised text as the server keeps it ({@code $1} / {@code ?} for constants)
 * @param fingerprint perfloop's fingerprint of it, to match captured statements
 * @param calls       executions since the statistics were reset
 * @param totalMillis total execution time
 * @param meanMillis  mean execution time
 * @param rows        rows returned or affected in total
 */
public record SlowStatement(String query, String fingerprint, long calls, double totalMillis, double meanMillis, long rows) {
}
