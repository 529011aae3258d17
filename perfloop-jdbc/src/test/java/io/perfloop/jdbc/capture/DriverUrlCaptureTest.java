package io.perfloop.jdbc.capture;

import io.perfloop.jdbc.PerfloopDriver;
import io.perfloop.testdb.EmbeddedPostgres;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.logging.Logger;

/**
 * The capture scenarios through the {@code jdbc:perfloop:} driver URL on embedded PostgreSQL 17
 * (the data source here is a plain DriverManager adapter: capture comes from the URL).
 */
class DriverUrlCaptureTest extends CaptureScenarios {
    @Override
    protected DataSource rawDataSource() {
        return EmbeddedPostgres.shared().dataSource();
    }

    @Override
    protected DataSource capturedDataSource(DataSource raw) {
        String url = PerfloopDriver.PREFIX + EmbeddedPostgres.shared().jdbcUrl().substring("jdbc:".length());
        return new UrlDataSource(url);
    }

    @Override
    protected Class<?> driverConnectionClass() {
        return org.postgresql.PGConnection.class;
    }

    /** Just enough DataSource to hand out DriverManager connections. */
    record UrlDataSource(String url) implements DataSource {
        @Override public Connection getConnection() throws SQLException { return DriverManager.getConnection(url); }
        @Override public Connection getConnection(String u, String p) throws SQLException { return DriverManager.getConnection(url, u, p); }
        @Override public PrintWriter getLogWriter() { return null; }
        @Override public void setLogWriter(PrintWriter out) { }
        @Override public void setLoginTimeout(int seconds) { }
        @Override public int getLoginTimeout() { return 0; }
        @Override public Logger getParentLogger() { return Logger.getGlobal(); }
        @Override public <T> T unwrap(Class<T> iface) throws SQLException { throw new SQLException("not a wrapper"); }
        @Override public boolean isWrapperFor(Class<?> iface) { return false; }
    }
}
