package io.perfloop.load.source;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Parses the time fields of access logs into epoch millis. Consecutive lines mostly share a second, so the
 * last parse is cached: on a big log this removes nearly all parsing work.
 */
final class LogTimestamps {
    private static final DateTimeFormatter CLF = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ROOT);

    private String lastText;
    private long lastMillis;

    /**
     * @param variable {@code time_local}, {@code time_iso8601} or {@code msec}
     * @param text     the field's value
     * @return epoch millis
     * @throws IllegalArgumentException when the text is not a time of that kind
     */
    long parse(String variable, String text) {
        if (text.equals(lastText)) {
            return lastMillis;
        }
        long millis;
        try {
            millis = switch (variable) {
                case "time_local" -> OffsetDateTime.parse(text, CLF).toInstant().toEpochMilli();
                case "time_iso8601" -> OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC).toInstant()
                        .toEpochMilli();
                case "msec" -> Math.round(Double.parseDouble(text) * 1000);
                default -> throw new IllegalArgumentException("not a time variable: " + variable);
            };
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("bad timestamp '" + text + "'");
        }
        lastText = text;
        lastMillis = millis;
        return millis;
    }

    /** Whether the variable carries only whole seconds. */
    static boolean secondResolution(String variable) {
        return !variable.equals("msec");
    }
}
