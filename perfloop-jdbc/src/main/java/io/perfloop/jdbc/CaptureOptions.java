package io.perfloop.jdbc;

import java.util.List;

/**
 * How JDBC capture behaves. The defaults are safe for production data: bind values are not kept
 * (only a hash, so repeats can still be told apart), SQL text is cut at 4,096 characters.
 *
 * @param maxSqlLength         longest SQL text kept per statement; the fingerprint covers the same prefix
 * @param keepParameterValues  keep bind values (they may be personal data: off by default)
 * @param maxParameterLength   longest rendering of one kept bind value
 * @param callSiteExclusions   extra frames skipped when looking for the call site: a package when the
 *                             entry ends with a dot ({@code com.acme.dao.}), else a class name
 */
public record CaptureOptions(int maxSqlLength, boolean keepParameterValues, int maxParameterLength,
                             List<String> callSiteExclusions) {

    /** Safe defaults. */
    public static final CaptureOptions DEFAULTS = new CaptureOptions(4096, false, 200, List.of());

    public CaptureOptions {
        if (maxSqlLength < 16) {
            throw new IllegalArgumentException("maxSqlLength must be at least 16, was " + maxSqlLength);
        }
        if (maxParameterLength < 1) {
            throw new IllegalArgumentException("maxParameterLength must be positive, was " + maxParameterLength);
        }
        callSiteExclusions = List.copyOf(callSiteExclusions);
    }

    /** The defaults, overridden by system properties {@code perfloop.jdbc.*} where set. */
    public static CaptureOptions fromSystemProperties() {
        String exclusions = System.getProperty("perfloop.jdbc.callSiteExclusions", "");
        return new CaptureOptions(
                Integer.getInteger("perfloop.jdbc.maxSqlLength", DEFAULTS.maxSqlLength),
                Boolean.getBoolean("perfloop.jdbc.keepParameterValues"),
                Integer.getInteger("perfloop.jdbc.maxParameterLength", DEFAULTS.maxParameterLength),
                exclusions.isBlank() ? List.of() : List.of(exclusions.split("\\s*,\\s*")));
    }

    /** These options with bind values kept. */
    public CaptureOptions withParameterValues() {
        return new CaptureOptions(maxSqlLength, true, maxParameterLength, callSiteExclusions);
    }

    /** These options with more call-site exclusions (e.g. your own data-access layer). */
    public CaptureOptions excludingCallSites(String... prefixes) {
        var all = new java.util.ArrayList<>(callSiteExclusions);
        all.addAll(List.of(prefixes));
        return new CaptureOptions(maxSqlLength, keepParameterValues, maxParameterLength, all);
    }
}
