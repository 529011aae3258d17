package io.perfloop.agent.internal;

import io.perfloop.agent.bootstrap.Probes;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The agent's options, from {@code -javaagent:perfloop-agent.jar=key=value,key=value}. Unknown
 * keys and bad values are errors with a message naming them (the agent then stays off and the
 * application runs untouched).
 *
 * @param output              directory for {@code events.jsonl}, {@code status.json} and {@code control/}
 * @param gzip                write {@code events.jsonl.gz}
 * @param keep                keep requests from the start; {@code false} discards (counts as warm-up)
 *                            until a KEEP command arrives
 * @param queue               finished requests waiting for the writer, at most; beyond it they are dropped and counted
 * @param sampleAfter         requests per endpoint written in full before sampling starts
 * @param maxStatements       statements kept per request
 * @param maxHttpCalls        downstream calls kept per request
 * @param parameters          keep bind values (personal data: off by default)
 * @param maxSql              longest SQL text kept
 * @param disabled            probes not installed
 * @param controlPollMillis   how often the control directory is read
 * @param log                 {@code quiet}, {@code info} or {@code debug}
 * @param callSiteExclusions  extra frames skipped when looking for call sites
 * @param given               the options as written, for the events header
 */
public record AgentOptions(Path output, boolean gzip, boolean keep, int queue, int sampleAfter, int maxStatements,
                           int maxHttpCalls, boolean parameters, int maxSql, Set<String> disabled,
                           long controlPollMillis, String log, List<String> callSiteExclusions,
                           Map<String, String> given) {

    static final List<String> KEYS = List.of("output", "gzip", "keep", "queue", "sampleAfter", "maxStatements",
            "maxHttpCalls", "parameters", "maxSql", "disable", "controlPollMillis", "log", "callSiteExclusions");

    /** Parses the agent argument string ({@code null} or empty: all defaults). */
    public static AgentOptions parse(String arguments) {
        Map<String, String> given = new LinkedHashMap<>();
        if (arguments != null && !arguments.isBlank()) {
            for (String part : arguments.split(",")) {
                int eq = part.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("agent option '" + part + "' is not key=value (options: " + KEYS + ")");
                }
                String key = part.substring(0, eq).trim();
                if (!KEYS.contains(key)) {
                    throw new IllegalArgumentException("unknown agent option '" + key + "' (options: " + KEYS + ")");
                }
                given.put(key, part.substring(eq + 1).trim());
            }
        }
        Set<String> disabled = new LinkedHashSet<>();
        for (String name : list(given.getOrDefault("disable", ""), ";")) {
            if (Probes.named(name) == null) {
                throw new IllegalArgumentException("disable=" + name + ": no such probe (probes: "
                        + Probes.all().stream().map(p -> p.name()).toList() + ")");
            }
            disabled.add(name);
        }
        String log = given.getOrDefault("log", "info");
        if (!List.of("quiet", "info", "debug").contains(log)) {
            throw new IllegalArgumentException("log=" + log + ": use quiet, info or debug");
        }
        return new AgentOptions(
                Path.of(given.getOrDefault("output", "perfloop-agent-out")).toAbsolutePath(),
                bool(given, "gzip", false), bool(given, "keep", true),
                positive(given, "queue", 2048), positive(given, "sampleAfter", 1000),
                positive(given, "maxStatements", 1000), positive(given, "maxHttpCalls", 256),
                bool(given, "parameters", false), Math.max(16, positive(given, "maxSql", 4096)),
                Set.copyOf(disabled), positive(given, "controlPollMillis", 100), log,
                list(given.getOrDefault("callSiteExclusions", ""), ";"), Map.copyOf(given));
    }

    private static List<String> list(String value, String separator) {
        return value.isBlank() ? List.of() : List.of(value.trim().split("\\s*" + separator + "\\s*"));
    }

    private static boolean bool(Map<String, String> given, String key, boolean fallback) {
        String v = given.get(key);
        if (v == null) {
            return fallback;
        }
        switch (v.toLowerCase(Locale.ROOT)) {
            case "true": return true;
            case "false": return false;
            default: throw new IllegalArgumentException(key + "=" + v + ": use true or false");
        }
    }

    private static int positive(Map<String, String> given, String key, int fallback) {
        String v = given.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException(key + "=" + v + ": must be a positive whole number");
    }
}
