package io.perfloop.jdbc;

import io.perfloop.jdbc.capture.Capture;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * A JDBC driver for URLs of the form {@code jdbc:perfloop:<real url>}, e.g.
 * {@code jdbc:perfloop:postgresql://db/app}: connects through the real driver and captures what
 * the connection executes. Registered through {@code META-INF/services/java.sql.Driver}.
 * Repeated prefixes ({@code jdbc:perfloop:perfloop:…}) capture once.
 */
public final class PerfloopDriver implements Driver {
    /** The URL prefix this driver answers to. */
    public static final String PREFIX = "jdbc:perfloop:";

    private static final Capture CAPTURE = new Capture(CaptureOptions.fromSystemProperties());

    static {
        try {
            DriverManager.registerDriver(new PerfloopDriver());
        } catch (SQLException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The real URL behind a perfloop URL. */
    public static String realUrl(String url) {
        String real = url;
        while (real.startsWith(PREFIX)) {
            real = "jdbc:" + real.substring(PREFIX.length());
        }
        return real;
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null; // DriverManager asks every driver; this URL is someone else's
        }
        String real = realUrl(url);
        return CAPTURE.connection(DriverManager.getConnection(real, info == null ? new Properties() : info));
    }

    @Override
    public boolean acceptsURL(String url) {
        return url != null && url.startsWith(PREFIX);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return new DriverPropertyInfo[0];
        }
        String real = realUrl(url);
        return DriverManager.getDriver(real).getPropertyInfo(real, info);
    }

    @Override public int getMajorVersion() { return 0; }
    @Override public int getMinorVersion() { return 1; }
    @Override public boolean jdbcCompliant() { return false; }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("perfloop's driver does not use java.util.logging");
    }
}
