package io.perfloop.agent.bootstrap;

import java.util.ArrayList;
import java.util.List;

/**
 * Every probe of the agent, one per instrumented library. Advice that throws lands in
 * {@link #adviceFailed(Throwable, String)} (Byte Buddy's exception handler calls it), so an
 * exception anywhere in a probe's path switches that probe off.
 */
public final class Probes {
    public static final Probe JDBC = new Probe("jdbc");
    /** The JDBC URLs connections are opened with (for {@code record}'s query plans); apart from {@link #JDBC} so either can fail alone. */
    public static final Probe JDBC_URLS = new Probe("jdbcurls");
    public static final Probe SERVLET = new Probe("servlet");
    public static final Probe JDK_HTTP_SERVER = new Probe("jdkhttpserver");
    public static final Probe JDK_HTTP_CLIENT = new Probe("jdkhttpclient");
    public static final Probe HTTP_URL_CONNECTION = new Probe("httpurlconnection");
    public static final Probe APACHE_HTTP_CLIENT = new Probe("apachehttpclient5");
    public static final Probe EXECUTORS = new Probe("executors");

    private static final List<Probe> ALL = List.of(JDBC, JDBC_URLS, SERVLET, JDK_HTTP_SERVER, JDK_HTTP_CLIENT, HTTP_URL_CONNECTION,
            APACHE_HTTP_CLIENT, EXECUTORS);

    private Probes() {
    }

    /** All probes. */
    public static List<Probe> all() {
        return ALL;
    }

    /** The probe with this name, or {@code null}. */
    public static Probe named(String name) {
        for (Probe p : ALL) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        return null;
    }

    /** Called by inlined advice code when it throws: switches the named probe off. Never throws. */
    public static void adviceFailed(Throwable error, String probeName) {
        try {
            Probe probe = named(probeName);
            if (probe != null) {
                probe.fail(error);
            }
        } catch (Throwable ignored) {
            // nothing may escape into the application's method
        }
    }

    /** The failures of probes switched off by an exception, for status and summary. */
    public static List<String> failures() {
        List<String> out = new ArrayList<>();
        for (Probe p : ALL) {
            if (p.failure() != null) {
                out.add(p.failure());
            }
        }
        return out;
    }
}
