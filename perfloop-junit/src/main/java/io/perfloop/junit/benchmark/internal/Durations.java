package io.perfloop.junit.benchmark.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads durations such as {@code 5us}, {@code 500ms}, {@code 1s} or {@code 0.5} (seconds) and prints them back. */
public final class Durations {
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?\\s*(ns|us|µs|ms|s)?");

    private Durations() {
    }

    /**
     * Parses a duration into seconds.
     *
     * @param key the setting it came from, named in the error
     * @param text e.g. {@code 5us}, {@code 250ms}, {@code 2s}, {@code 1.5}; a bare number is seconds
     * @return seconds, ≥ 0
     * @throws IllegalArgumentException naming the key and the accepted forms
     */
    public static double parseSeconds(String key, String text) {
        Matcher m = DURATION.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException(key + ": cannot read '" + text + "' as a duration; use a number with "
                    + "an optional unit ns, us, ms or s (seconds when there is none), e.g. 5us, 250ms, 2s");
        }
        double value = Double.parseDouble(m.group(1) + (m.group(2) == null ? "" : m.group(2)));
        String unit = m.group(3) == null ? "s" : m.group(3);
        return switch (unit) {
            case "ns" -> value * 1e-9;
            case "us", "µs" -> value * 1e-6;
            case "ms" -> value * 1e-3;
            default -> value;
        };
    }

    /** A short human form with three significant digits, e.g. {@code 1.23 ms}. */
    public static String format(double seconds) {
        TimeUnit unit = TimeUnit.forValue(seconds);
        double scaled = seconds / unit.seconds;
        return String.format(Locale.ROOT, scaled >= 100 ? "%.0f %s" : scaled >= 10 ? "%.1f %s" : "%.2f %s", scaled, unit.symbol);
    }

    /** A time unit for tables: the largest of s, ms, us, ns in which the value is at least 1. */
    public enum TimeUnit {
        /** Nanoseconds. */
        NS("ns", 1e-9),
        /** Microseconds. */
        US("us", 1e-6),
        /** Milliseconds. */
        MS("ms", 1e-3),
        /** Seconds. */
        S("s", 1);

        private final String symbol;
        private final double seconds;

        TimeUnit(String symbol, double seconds) {
            this.symbol = symbol;
            this.seconds = seconds;
        }

        /** The unit in which {@code seconds} reads as a number between 1 and 1000 where possible. */
        public static TimeUnit forValue(double seconds) {
            double abs = Math.abs(seconds);
            if (abs >= 1 || abs == 0) {
                return abs == 0 ? NS : S;
            }
            if (abs >= 1e-3) {
                return MS;
            }
            return abs >= 1e-6 ? US : NS;
        }

        /** The symbol, e.g. {@code us}. */
        public String symbol() {
            return symbol;
        }

        /** How many seconds one unit is. */
        public double seconds() {
            return seconds;
        }
    }
}
