package io.perfloop.db.advisor;

import java.util.List;
import java.util.Objects;

/**
 * An index that could be created: a btree on {@code table} with key columns in order, optional
 * {@code INCLUDE} columns (for index-only scans) and an optional partial-index predicate.
 *
 * @param table      table name as the query wrote it (possibly schema-qualified)
 * @param keyColumns key columns, most useful first
 * @param include    payload columns, {@code INCLUDE (…)}
 * @param predicate  partial-index predicate, e.g. {@code status = 'pending'}, or {@code null}
 */
public record IndexCandidate(String table, List<String> keyColumns, List<String> include, String predicate) {
    public IndexCandidate {
        Objects.requireNonNull(table, "table");
        keyColumns = List.copyOf(keyColumns);
        include = List.copyOf(include);
        if (keyColumns.isEmpty()) {
            throw new IllegalArgumentException("an index needs at least one key column");
        }
    }

    /** A plain btree on these columns. */
    public static IndexCandidate of(String table, String... keyColumns) {
        return new IndexCandidate(table, List.of(keyColumns), List.of(), null);
    }

    /** This index with {@code INCLUDE} columns. */
    public IndexCandidate including(List<String> columns) {
        return new IndexCandidate(table, keyColumns, columns, predicate);
    }

    /** This index restricted to rows matching {@code where}. */
    public IndexCandidate where(String where) {
        return new IndexCandidate(table, keyColumns, include, where);
    }

    /** The index definition after {@code CREATE INDEX [CONCURRENTLY] [name]}: {@code ON t (a, b) INCLUDE (c) WHERE …}. */
    public String body() {
        StringBuilder b = new StringBuilder("ON ").append(table).append(" (").append(String.join(", ", keyColumns)).append(')');
        if (!include.isEmpty()) {
            b.append(" INCLUDE (").append(String.join(", ", include)).append(')');
        }
        if (predicate != null) {
            b.append(" WHERE ").append(predicate);
        }
        return b.toString();
    }

    /** What to run in production: builds without blocking writes. */
    public String ddl() {
        return "CREATE INDEX CONCURRENTLY " + body() + ";";
    }

    /** How many columns the index stores. */
    public int width() {
        return keyColumns.size() + include.size();
    }

    @Override
    public String toString() {
        return body();
    }
}
