package io.perfloop.db.catalogue;

import java.util.List;

/**
 * One index as the database catalogue describes it (PostgreSQL or MariaDB/MySQL).
 *
 * @param schema      schema of the table
 * @param table       table name
 * @param name        index name
 * @param method      access method, e.g. {@code btree}
 * @param keyColumns  key columns or expressions, in order
 * @param include     {@code INCLUDE} columns
 * @param predicate   the partial index's {@code WHERE}, or {@code null}
 * @param unique      whether it is unique
 * @param primary     whether it is the primary key
 * @param constraint  whether it backs a constraint (primary key, unique, exclusion)
 * @param valid       whether it is valid (a failed {@code CREATE INDEX CONCURRENTLY} leaves it invalid)
 * @param definition  {@code CREATE INDEX …} as PostgreSQL prints it
 * @param sizeBytes   size on disk
 * @param scans       index scans since statistics were reset ({@code pg_stat_user_indexes.idx_scan})
 */
public record TableIndex(String schema, String table, String name, String method, List<String> keyColumns, List<String> include,
                      String predicate, boolean unique, boolean primary, boolean constraint, boolean valid, String definition,
                      long sizeBytes, long scans) {
    public TableIndex {
        keyColumns = List.copyOf(keyColumns);
        include = List.copyOf(include);
    }

    /** Whether it indexes only the rows matching a predicate. */
    public boolean partial() {
        return predicate != null;
    }

    /** {@code schema.name}. */
    public String qualifiedName() {
        return schema + "." + name;
    }
}
