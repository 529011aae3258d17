package io.perfloop.db.catalogue;

import io.perfloop.db.Database;
import io.perfloop.db.RolledBack;

import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads indexes (and, with performance_schema on, their use) from MariaDB/MySQL's catalogue. */
final class MySqlCatalog {
    private MySqlCatalog() {
    }

    static List<TableIndex> indexes(Database db, Duration timeout, boolean usage) {
        return RolledBack.run(db, true, timeout, c -> {
            Map<String, Long> reads = new HashMap<>();
            try (Statement s = c.createStatement()) {
                if (usage) {
                    try (ResultSet rs = s.executeQuery("SELECT OBJECT_NAME, INDEX_NAME, COUNT_READ FROM performance_schema.table_io_waits_summary_by_index_usage "
                            + "WHERE OBJECT_SCHEMA = DATABASE() AND INDEX_NAME IS NOT NULL")) {
                        while (rs.next()) {
                            reads.put(rs.getString(1) + "." + rs.getString(2), rs.getLong(3));
                        }
                    }
                }
                Map<String, List<String>> columns = new LinkedHashMap<>();
                Map<String, String[]> meta = new HashMap<>();
                try (ResultSet rs = s.executeQuery("SELECT TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, NON_UNIQUE, INDEX_TYPE, COLUMN_NAME, SUB_PART "
                        + "FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX")) {
                    while (rs.next()) {
                        String key = rs.getString(1) + "\u0000" + rs.getString(2) + "\u0000" + rs.getString(3);
                        String column = rs.getString(6) + (rs.getString(7) == null ? "" : "(" + rs.getString(7) + ")");
                        columns.computeIfAbsent(key, k -> new ArrayList<>()).add(column);
                        meta.put(key, new String[] {rs.getString(4), rs.getString(5)});
                    }
                }
                List<TableIndex> out = new ArrayList<>();
                columns.forEach((key, cols) -> {
                    String[] parts = key.split("\u0000");
                    boolean unique = "0".equals(meta.get(key)[0]);
                    boolean primary = "PRIMARY".equals(parts[2]);
                    String definition = (primary ? "PRIMARY KEY" : (unique ? "UNIQUE INDEX " : "INDEX ") + parts[2]) + " ON " + parts[1]
                            + " (" + String.join(", ", cols) + ") USING " + meta.get(key)[1];
                    out.add(new TableIndex(parts[0], parts[1], parts[2], meta.get(key)[1].toLowerCase(java.util.Locale.ROOT), cols, List.of(),
                            null, unique, primary, primary, true, definition, -1, usage ? reads.getOrDefault(parts[1] + "." + parts[2], 0L) : -1));
                });
                return out;
            }
        });
    }
}
