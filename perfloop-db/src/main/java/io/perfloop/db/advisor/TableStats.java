package io.perfloop.db.advisor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A table's size and its columns' statistics, from {@code pg_class}, {@code pg_attribute} and
 * {@code pg_stats} (what the planner itself uses).
 *
 * @param table   the table name as the query wrote it
 * @param rows    estimated rows ({@code reltuples})
 * @param columns statistics by column name, in column order; a column without statistics is
 *                present with neutral values
 */
public record TableStats(String table, double rows, Map<String, ColumnStats> columns) {
    private static final String QUERY = """
            SELECT a.attname, coalesce(s.null_frac, 0), coalesce(s.n_distinct, 0), s.most_common_vals::text::text[],
                   s.most_common_freqs, coalesce(s.avg_width, 8), greatest(c.reltuples, 0)
            FROM pg_class c
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            LEFT JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_stats s ON s.schemaname = n.nspname AND s.tablename = c.relname AND s.attname = a.attname
            WHERE c.oid = ?::regclass
            ORDER BY a.attnum
            """;

    public TableStats {
        columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    /** Loads the statistics of {@code table} (resolved on the search path). */
    public static TableStats load(Connection c, String table) throws SQLException {
        Map<String, ColumnStats> columns = new LinkedHashMap<>();
        double rows = 0;
        try (PreparedStatement ps = c.prepareStatement(QUERY)) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows = rs.getDouble(7);
                    double nd = rs.getDouble(3);
                    double distinct = nd < 0 ? -nd * Math.max(1, rows) : nd == 0 ? Math.max(1, rows / 10) : nd;
                    List<String> values = rs.getArray(4) == null ? List.of() : Arrays.asList((String[]) rs.getArray(4).getArray());
                    List<Double> freqs = rs.getArray(5) == null ? List.of() : Arrays.stream((Object[]) rs.getArray(5).getArray())
                            .map(o -> ((Number) o).doubleValue()).toList();
                    columns.put(rs.getString(1), new ColumnStats(rs.getString(1), rs.getDouble(2), distinct, values, freqs, rs.getInt(6)));
                }
            }
        }
        return new TableStats(table, rows, columns);
    }

    /** The column names. */
    public Set<String> columnNames() {
        return columns.keySet();
    }

    /** The statistics of {@code column}; neutral ones when unknown. */
    public ColumnStats column(String column) {
        ColumnStats s = columns.get(column);
        return s != null ? s : new ColumnStats(column, 0, Math.max(1, rows / 10), List.of(), List.of(), 8);
    }
}
