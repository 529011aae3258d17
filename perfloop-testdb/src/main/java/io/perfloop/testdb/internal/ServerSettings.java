package io.perfloop.testdb.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The server settings perfloop's test databases start with, and their rendering as
 * {@code postgresql.conf} lines.
 *
 * <p>Durability is switched off ({@code fsync}, {@code synchronous_commit},
 * {@code full_page_writes}): these clusters are thrown away, and disk flushes would dominate
 * test time. {@code pg_stat_statements} is preloaded because perfloop reads it. The server
 * listens on 127.0.0.1 only and opens no Unix socket, so nothing lands in {@code /tmp} and
 * the owner of the socket directory does not matter.
 */
public final class ServerSettings {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");

    private ServerSettings() {
    }

    /** The defaults, in a fresh mutable map that callers may override entries of. */
    public static Map<String, String> defaults() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("listen_addresses", "127.0.0.1");
        settings.put("unix_socket_directories", "");
        settings.put("shared_preload_libraries", "pg_stat_statements");
        settings.put("fsync", "off");
        settings.put("synchronous_commit", "off");
        settings.put("full_page_writes", "off");
        settings.put("lc_messages", "C");
        return settings;
    }

    /** Checks a setting before it is written; bad input fails here, not as a broken config file. */
    public static void validate(String name, String value) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a PostgreSQL setting name: '" + name + "'");
        }
        if ("port".equals(name)) {
            throw new IllegalArgumentException("set the port with builder().port(int), not serverConfig(\"port\", …)");
        }
        if (value == null || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0 || value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("setting " + name + " needs a single-line value, was: " + value);
        }
    }

    /** One {@code postgresql.conf} line; the value is always quoted, which PostgreSQL accepts for every type. */
    static String line(String name, String value) {
        return name + " = '" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
