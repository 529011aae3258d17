package io.perfloop.jdbc;

import io.perfloop.jdbc.capture.Capture;
import io.perfloop.jdbc.capture.Captured;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * A {@link DataSource} that records every statement run through its connections, attributed to
 * the current {@link io.perfloop.core.work.UnitOfWork}.
 *
 * <pre>{@code
 * DataSource ds = PerfloopDataSource.wrap(hikari);
 * }</pre>
 *
 * Transparent: {@code unwrap}/{@code isWrapperFor} reach the real objects, driver exceptions
 * propagate unchanged (the failed statement is still recorded), and wrapping a data source that
 * is already captured, at any depth, records each statement once.
 */
public final class PerfloopDataSource implements DataSource, Captured {
    private final DataSource delegate;
    private final Capture capture;

    private PerfloopDataSource(DataSource delegate, CaptureOptions options) {
        this.delegate = delegate;
        this.capture = new Capture(options);
    }

    /** Wraps with options from system properties ({@link CaptureOptions#fromSystemProperties()}). */
    public static DataSource wrap(DataSource dataSource) {
        return wrap(dataSource, CaptureOptions.fromSystemProperties());
    }

    /** Wraps with the given options; returns {@code dataSource} itself when it is captured already. */
    public static DataSource wrap(DataSource dataSource, CaptureOptions options) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(options, "options");
        if (dataSource instanceof Captured) {
            return dataSource;
        }
        try {
            if (dataSource.isWrapperFor(Captured.class)) {
                return dataSource;
            }
        } catch (SQLException | RuntimeException ignored) {
            // a data source that cannot answer is simply not captured yet
        }
        return new PerfloopDataSource(dataSource, options);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return capture.connection(delegate.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return capture.connection(delegate.getConnection(username, password));
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        if (iface.isInstance(delegate)) {
            return iface.cast(delegate);
        }
        return delegate.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || iface.isInstance(delegate) || delegate.isWrapperFor(iface);
    }

    @Override public PrintWriter getLogWriter() throws SQLException { return delegate.getLogWriter(); }
    @Override public void setLogWriter(PrintWriter out) throws SQLException { delegate.setLogWriter(out); }
    @Override public void setLoginTimeout(int seconds) throws SQLException { delegate.setLoginTimeout(seconds); }
    @Override public int getLoginTimeout() throws SQLException { return delegate.getLoginTimeout(); }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return delegate.getParentLogger();
    }

    @Override
    public String toString() {
        return "PerfloopDataSource[" + delegate + "]";
    }
}
