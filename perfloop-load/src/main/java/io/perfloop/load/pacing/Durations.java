package io.perfloop.load.pacing;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the durations and factors users type: {@code 30s}, {@code 2m}, {@code 250ms}; {@code 2x}, {@code 50%}. */
public final class Durations {
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ns|us|µs|ms|s|m|h)?");
    private static final Pattern SPEED = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(x|%)?");

    private Durations() {
    }

    /**
     * @param text e.g. {@code 30s}, {@code 1.5m}, {@code 200ms}; a bare number is seconds
     * @return nanoseconds
     */
    public static long parseNanos(String text) {
        Matcher m = DURATION.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("not a duration: '" + text + "' (e.g. 30s, 2m, 250ms)");
        }
        double value = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        double nanos = value * switch (unit) {
            case "ns" -> 1;
            case "us", "µs" -> 1e3;
            case "ms" -> 1e6;
            case "s" -> 1e9;
            case "m" -> 60e9;
            default -> 3600e9;
        };
        return (long) nanos;
    }

    /**
     * @param text {@code 2x}, {@code 0.5x}, {@code 50%} or a bare factor
     * @return the factor (2.0 = twice as fast)
     */
    public static double parseSpeed(String text) {
        Matcher m = SPEED.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches() || Double.parseDouble(m.group(1)) == 0) {
            throw new IllegalArgumentException("not a speed: '" + text + "' (e.g. 2x, 0.5x, 50%)");
        }
        double v = Double.parseDouble(m.group(1));
        return "%".equals(m.group(2)) ? v / 100 : v;
    }
}
