package io.perfloop.core.report;

import java.util.List;
import java.util.Locale;

/** The per-endpoint time breakdown as an aligned terminal table. */
public final class BreakdownText {
    private BreakdownText() {
    }

    /** The table, one line per endpoint, slowest median first. */
    public static String render(List<EndpointBreakdown> rows) {
        StringBuilder out = new StringBuilder();
        int width = Math.max(8, rows.stream().mapToInt(r -> r.endpoint().length()).max().orElse(8));
        out.append(String.format(Locale.ROOT, "%-" + width + "s %8s %6s %9s %9s %6s %6s %6s %6s %6s %6s %9s%n",
                "endpoint", "requests", "errors", "p50", "p99", "db", "http", "cpu", "other", "sql/rq", "http/rq", "bytes"));
        rows.stream().sorted((a, b) -> Double.compare(b.p50Millis(), a.p50Millis())).forEach(r ->
                out.append(String.format(Locale.ROOT, "%-" + width + "s %8d %6d %7.1fms %7.1fms %6s %6s %6s %6s %6.1f %6.1f %9s%n",
                        r.endpoint(), r.requests(), r.errors(), r.p50Millis(), r.p99Millis(), pct(r.database()),
                        pct(r.downstream()), pct(r.cpu()), pct(r.other()), r.statementsPerRequest(), r.callsPerRequest(),
                        bytes(r.responseBytes()))));
        return out.toString();
    }

    static String pct(double share) {
        return Double.isNaN(share) ? "?" : String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    static String bytes(double b) {
        if (b < 0) {
            return "?";
        }
        if (b < 10 * 1024) {
            return String.format(Locale.ROOT, "%.0f B", b);
        }
        if (b < 10 * 1024 * 1024) {
            return String.format(Locale.ROOT, "%.0f KiB", b / 1024);
        }
        return String.format(Locale.ROOT, "%.0f MiB", b / 1024 / 1024);
    }
}
