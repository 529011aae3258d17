package io.perfloop.agent.instrumentation.jdbc;

import io.perfloop.agent.bootstrap.Probe;
import io.perfloop.agent.bootstrap.Probes;
import io.perfloop.core.events.DatabaseUrls;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * The distinct JDBC URLs the application opened connections with, without passwords (the URL's
 * are cut out here, before anything is kept; of the properties only {@code user} is read). At most
 * {@value #MAX}: an application opening connections to ever new URLs costs a bounded set. The
 * agent's writer thread writes them to {@link DatabaseUrls#FILE}; nothing is written on the
 * application's thread.
 */
public final class JdbcUrlProbe {
    static final int MAX = 16;
    private static final Probe PROBE = Probes.JDBC_URLS;
    private static final Set<DatabaseUrls.Seen> SEEN = new LinkedHashSet<>();

    private JdbcUrlProbe() {
    }

    /**
     * {@code Driver.connect(url, info)} returned {@code connection} or threw {@code error}. A driver
     * returns {@code null} for a URL it does not handle ({@code DriverManager} asks every driver):
     * only an opened connection counts.
     */
    public static void connected(String url, Properties info, Object connection, Throwable error) {
        if (connection == null || error != null || url == null || !PROBE.on()) {
            return;
        }
        try {
            DatabaseUrls.Seen seen = DatabaseUrls.Seen.of(url, info == null ? null : info.getProperty("user"));
            synchronized (SEEN) {
                if (SEEN.size() < MAX) {
                    SEEN.add(seen);
                }
            }
        } catch (Throwable e) {
            PROBE.fail(e);
        }
    }

    /** The URLs seen so far, in the order first seen. */
    public static List<DatabaseUrls.Seen> seen() {
        synchronized (SEEN) {
            return new ArrayList<>(SEEN);
        }
    }
}
