package io.perfloop.jdbc.capture;

import io.perfloop.testdb.LocalDatabases;

import javax.sql.DataSource;

/** The capture scenarios on the local PostgreSQL 15 server. */
class LocalPostgres15CaptureTest extends CaptureScenarios {
    @Override
    protected DataSource rawDataSource() {
        return LocalDatabases.postgres15();
    }

    @Override
    protected Class<?> driverConnectionClass() {
        return org.postgresql.PGConnection.class;
    }
}
