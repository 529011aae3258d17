package io.perfloop.profile.analysis;

import java.util.Locale;

/** Formats nanoseconds for people: {@code 850 µs}, {@code 12.3 ms}, {@code 4.56 s}. */
public final class Durations {
    private Durations() {
    }

    /** A short human form of {@code nanos}. */
    public static String format(double nanos) {
        if (nanos < 1_000_000) {
            return String.format(Locale.ROOT, "%.0f µs", nanos / 1_000);
        }
        if (nanos < 1_000_000_000) {
            return String.format(Locale.ROOT, nanos < 10_000_000 ? "%.2f ms" : "%.1f ms", nanos / 1_000_000);
        }
        return String.format(Locale.ROOT, "%.2f s", nanos / 1_000_000_000);
    }

    /** Bytes for people: {@code 512 B}, {@code 1.5 MB}. */
    public static String bytes(double bytes) {
        String[] units = {"B", "KB", "MB", "GB", "TB"};
        int u = 0;
        while (bytes >= 1024 && u < units.length - 1) {
            bytes /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, u == 0 ? "%.0f %s" : "%.1f %s", bytes, units[u]);
    }

    /** Parses a JFR timespan such as {@code 10 ms}, {@code 20ms} or {@code 1000000 ns}; 0 when it is not one. */
    static long parseNanos(String text) {
        if (text == null) {
            return 0;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s*(\\d{1,15})\\s*(ns|us|ms|s)\\s*").matcher(text);
        if (!m.matches()) {
            return 0;
        }
        long v = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ns" -> v;
            case "us" -> v * 1_000;
            case "ms" -> v * 1_000_000;
            default -> v * 1_000_000_000;
        };
    }
}
