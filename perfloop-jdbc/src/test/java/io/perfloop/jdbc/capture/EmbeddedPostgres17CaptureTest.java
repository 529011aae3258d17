package io.perfloop.jdbc.capture;

import io.perfloop.testdb.EmbeddedPostgres;

import javax.sql.DataSource;

/** The capture scenarios on embedded PostgreSQL 17. */
class EmbeddedPostgres17CaptureTest extends CaptureScenarios {
    @Override
    protected DataSource rawDataSource() {
        return EmbeddedPostgres.shared().dataSource();
    }

    @Override
    protected Class<?> driverConnectionClass() {
        return org.postgresql.PGConnection.class;
    }
}
