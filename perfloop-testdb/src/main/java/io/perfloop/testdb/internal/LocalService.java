package io.perfloop.testdb.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A database server expected on this machine, located by a JDBC URL that a system property or an
 * environment variable may override, and checked for reachability once per JVM.
 *
 * <p>When it cannot be reached: with {@code CI=true} a test that needs it must fail, so
 * {@link #require} throws {@link IllegalStateException}; elsewhere the test is aborted (skipped)
 * through JUnit's {@code Assumptions.abort}, so a laptop without MariaDB still builds.
 *
 * @param name          what to call it in messages, e.g. "PostgreSQL 15"
 * @param property      system property overriding the URL
 * @param environment   environment variable overriding the URL
 * @param defaultUrl    the URL when neither is set
 * @param defaultPort   the port when the URL names none
 * @param howToStart    a hint for the message when it is down
 */
public record LocalService(String name, String property, String environment, String defaultUrl,
                           int defaultPort, String howToStart) {

    private static final int CONNECT_TIMEOUT_MILLIS = 1_000;
    private static final Map<String, Optional<String>> PROBED = new ConcurrentHashMap<>();

    /** The configured URL: the system property, else the environment variable, else the default. */
    public String url() {
        String fromProperty = System.getProperty(property);
        if (fromProperty != null && !fromProperty.isBlank()) {
            return fromProperty.strip();
        }
        String fromEnvironment = System.getenv(environment);
        return fromEnvironment != null && !fromEnvironment.isBlank() ? fromEnvironment.strip() : defaultUrl;
    }

    /** Returns {@code url} when the server answers on its port; otherwise fails or aborts (see above). */
    public String require(String url, Map<String, String> environmentVariables) {
        Optional<String> problem = PROBED.computeIfAbsent(url, this::probe);
        if (problem.isEmpty()) {
            return url;
        }
        String message = name + " is not reachable at " + url + " (" + problem.get() + "). " + howToStart
                + ", or point -D" + property + " / " + environment + " at a running server.";
        if ("true".equalsIgnoreCase(environmentVariables.get("CI"))) {
            throw new IllegalStateException(message + " CI=true, so this is a failure, not a skip.");
        }
        return JUnitAbort.abort(message + " Skipped because CI is not true.");
    }

    /** Empty when a TCP connection to the URL's host and port succeeds, else why not. */
    private Optional<String> probe(String url) {
        InetSocketAddress address = address(url);
        try (Socket socket = new Socket()) {
            socket.connect(address, CONNECT_TIMEOUT_MILLIS);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("connecting to " + address.getHostString() + ":" + address.getPort() + " failed: " + e);
        }
    }

    /** Host and port of a {@code jdbc:<driver>://host[:port]/…} URL (the first host of a list). */
    InetSocketAddress address(String url) {
        if (url == null || !url.startsWith("jdbc:") || !url.contains("://")) {
            throw new IllegalArgumentException(name + " URL must look like jdbc:<driver>://host:port/database, was: "
                    + url + " (from -D" + property + ", " + environment + " or the default)");
        }
        String rest = url.substring(url.indexOf("://") + 3);
        int end = indexOfAny(rest, "/?;");
        String hosts = end < 0 ? rest : rest.substring(0, end);
        String first = hosts.split(",", -1)[0];
        try {
            URI uri = URI.create("tcp://" + first);
            if (uri.getHost() == null) {
                throw new IllegalArgumentException("no host");
            }
            return new InetSocketAddress(uri.getHost(), uri.getPort() < 0 ? defaultPort : uri.getPort());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " URL has no usable host:port, was: " + url, e);
        }
    }

    private static int indexOfAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
