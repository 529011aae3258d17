package io.perfloop.db;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;

/** The database families perfloop-db understands. */
public enum Dialect {
    /** PostgreSQL 12 or later. */
    POSTGRESQL,
    /** MariaDB 10.4 or later. */
    MARIADB,
    /** MySQL 8 or later. */
    MYSQL;

    /** The dialect of an open connection, from the server's own product name and version. */
    public static Dialect of(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String product = meta.getDatabaseProductName().toLowerCase(Locale.ROOT);
        String version = meta.getDatabaseProductVersion().toLowerCase(Locale.ROOT);
        if (product.contains("postgres")) {
            return POSTGRESQL;
        }
        if (product.contains("mariadb") || version.contains("mariadb")) {
            return MARIADB;
        }
        if (product.contains("mysql")) {
            return MYSQL;
        }
        throw new DbException("unsupported database " + meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion()
                + ": perfloop-db explains PostgreSQL, MariaDB and MySQL");
    }

    /** Whether this is one of the MySQL family. */
    public boolean isMySqlFamily() {
        return this != POSTGRESQL;
    }
}
