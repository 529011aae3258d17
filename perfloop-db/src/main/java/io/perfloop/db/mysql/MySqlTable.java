package io.perfloop.db.mysql;

import java.util.List;

/**
 * One table access of a MariaDB/MySQL JSON plan.
 *
 * @param name          table name (or alias)
 * @param accessType    {@code ALL} (full scan), {@code index}, {@code range}, {@code ref}, {@code eq_ref}, {@code const}, …
 * @param possibleKeys  indexes the optimizer considered
 * @param key           the index it chose, or {@code null}
 * @param rows          estimated rows examined per scan
 * @param actualRows    rows examined per scan measured by ANALYZE ({@code r_rows}), NaN otherwise
 * @param filtered      estimated percentage of examined rows kept by the condition
 * @param actualFiltered measured percentage kept ({@code r_filtered}), NaN otherwise
 * @param condition     the condition applied to the rows ({@code attached_condition}), or {@code null}
 * @param sorted        whether the table is read under a filesort
 * @param temporary     whether the table is read into a temporary table
 */
public record MySqlTable(String name, String accessType, List<String> possibleKeys, String key, double rows, double actualRows,
                         double filtered, double actualFiltered, String condition, boolean sorted, boolean temporary) {
    public MySqlTable {
        possibleKeys = List.copyOf(possibleKeys);
    }

    /** Rows examined: measured when available, else estimated. */
    public double rowsExamined() {
        return Double.isNaN(actualRows) ? rows : actualRows;
    }

    /** Share of examined rows kept, 0..1: measured when available, else estimated. */
    public double keptShare() {
        double f = Double.isNaN(actualFiltered) ? filtered : actualFiltered;
        return Double.isNaN(f) ? 1 : f / 100;
    }
}
