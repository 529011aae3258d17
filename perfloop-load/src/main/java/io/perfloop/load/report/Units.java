package io.perfloop.load.report;

import java.util.Locale;

/** Formats measured values the same way in every table, line and check. */
public final class Units {
    private Units() {
    }

    /** {@code 850us}, {@code 12.3ms}, {@code 1.20s}. */
    public static String micros(long micros) {
        if (micros < 1000) {
            return micros + "us";
        }
        if (micros < 1_000_000) {
            return String.format(Locale.ROOT, micros < 100_000 ? "%.2fms" : "%.0fms", micros / 1e3);
        }
        return String.format(Locale.ROOT, "%.2fs", micros / 1e6);
    }

    /** {@code 12.3 KiB}. */
    public static String bytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double v = bytes;
        int i = -1;
        while (v >= 1024 && i < units.length - 1) {
            v /= 1024;
            i++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, units[i]);
    }

    /** A share as a percentage with two decimals. */
    public static String percent(double share) {
        return String.format(Locale.ROOT, "%.2f%%", share * 100);
    }
}
