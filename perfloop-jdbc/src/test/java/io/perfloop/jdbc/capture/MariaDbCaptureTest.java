package io.perfloop.jdbc.capture;

import io.perfloop.testdb.LocalDatabases;

import javax.sql.DataSource;

/** The capture scenarios on the local MariaDB server. */
class MariaDbCaptureTest extends CaptureScenarios {
    @Override
    protected DataSource rawDataSource() {
        return LocalDatabases.mariadb();
    }

    @Override
    protected Class<?> driverConnectionClass() {
        return org.mariadb.jdbc.Connection.class;
    }
}
