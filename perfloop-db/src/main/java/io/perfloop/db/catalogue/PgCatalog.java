package io.perfloop.db.catalogue;

import io.perfloop.db.Database;
import io.perfloop.db.RolledBack;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads indexes and table sizes from PostgreSQL's catalogue (read-only, rolled back). */
public final class PgCatalog {
    private static final String INDEXES = """
            SELECT n.nspname, t.relname, i.relname, am.amname, ix.indnkeyatts,
                   array(SELECT pg_get_indexdef(ix.indexrelid, k, true) FROM generate_series(1, ix.indnatts) k ORDER BY k),
                   pg_get_expr(ix.indpred, ix.indrelid, true), ix.indisunique, ix.indisprimary,
                   EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = ix.indexrelid),
                   ix.indisvalid, pg_get_indexdef(ix.indexrelid), pg_relation_size(ix.indexrelid),
                   coalesce(s.idx_scan, 0)
            FROM pg_index ix
            JOIN pg_class i ON i.oid = ix.indexrelid
            JOIN pg_class t ON t.oid = ix.indrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            JOIN pg_am am ON am.oid = i.relam
            LEFT JOIN pg_stat_user_indexes s ON s.indexrelid = ix.indexrelid
            WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
              AND (cardinality(?::text[]) = 0 OR (t.relname = ANY(?::text[]) AND pg_table_is_visible(t.oid)))
            ORDER BY n.nspname, t.relname, i.relname
            """;

    private final Database db;
    private final Duration timeout;

    /** A catalogue reader on {@code db}. */
    public PgCatalog(Database db, Duration timeout) {
        this.db = db;
        this.timeout = timeout;
    }

    /** Every index in the database's user schemas. */
    public List<TableIndex> allIndexes() {
        return indexes(List.of());
    }

    /** The indexes of the tables with these names that are visible on the search path. */
    public List<TableIndex> indexesOn(Collection<String> tables) {
        return tables.isEmpty() ? List.of() : indexes(tables);
    }

    private List<TableIndex> indexes(Collection<String> tables) {
        return RolledBack.run(db, true, timeout, c -> {
            try (PreparedStatement ps = c.prepareStatement(INDEXES)) {
                Array names = c.createArrayOf("text", tables.toArray());
                ps.setArray(1, names);
                ps.setArray(2, names);
                List<TableIndex> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        List<String> columns = Arrays.asList((String[]) rs.getArray(6).getArray());
                        int keys = rs.getInt(5);
                        out.add(new TableIndex(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                columns.subList(0, keys), columns.subList(keys, columns.size()), rs.getString(7),
                                rs.getBoolean(8), rs.getBoolean(9), rs.getBoolean(10), rs.getBoolean(11), rs.getString(12),
                                rs.getLong(13), rs.getLong(14)));
                    }
                }
                return out;
            }
        });
    }

    /** Estimated row counts ({@code pg_class.reltuples}) of the visible tables with these names. */
    public Map<String, Long> tableRows(Collection<String> tables) {
        if (tables.isEmpty()) {
            return Map.of();
        }
        return RolledBack.run(db, true, timeout, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT relname, reltuples::bigint FROM pg_class WHERE relname = ANY(?::text[]) AND relkind IN ('r', 'p', 'm') AND pg_table_is_visible(oid)")) {
                ps.setArray(1, c.createArrayOf("text", tables.toArray()));
                Map<String, Long> rows = new HashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.put(rs.getString(1), Math.max(0, rs.getLong(2)));
                    }
                }
                return rows;
            }
        });
    }

}
