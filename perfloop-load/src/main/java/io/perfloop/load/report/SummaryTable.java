package io.perfloop.load.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.perfloop.core.run.CheckResult;
import io.perfloop.core.run.EndpointResult;
import io.perfloop.core.run.Run;
import io.perfloop.core.run.Workload;

/** The end-of-run table: one row per endpoint and one for all, then how the generator kept up. */
public final class SummaryTable {
    private static final int NAME_WIDTH = 36;
    private static final String ROW = "%-" + NAME_WIDTH + "s %9s %8s %7s %9s %9s %9s %9s %9s%n";

    private SummaryTable() {
    }

    /** Prints the table for a run; {@code maxRows} endpoints at most (the busiest). */
    public static void print(Run run, PrintWriter out, int maxRows) {
        Workload w = run.workload();
        double seconds = w.durationSeconds();
        out.printf(ROW, "endpoint", "requests", "rate/s", "errors", "p50", "p90", "p99", "max", "svc p99");
        List<EndpointResult> rows = run.endpoints();
        for (int i = 0; i < Math.min(rows.size(), maxRows); i++) {
            row(out, rows.get(i), seconds);
        }
        if (rows.size() > maxRows) {
            out.printf("... %d more endpoints in run.json%n", rows.size() - maxRows);
        }
        row(out, run.overall(), seconds);
        out.println();
        out.printf(Locale.ROOT, "duration %.2fs, %s model, client %s: sent %d of %d planned, blocked %d, dropped %d, "
                        + "malformed %d%n", seconds, w.model(), w.client(), w.requestsSent(), w.requestsPlanned(),
                w.blocked(), w.dropped(), w.malformedLines());
        EndpointResult all = run.overall();
        out.println("status: " + counts(all.statusClasses()) + "; errors by kind: " + counts(all.errorsByKind())
                + "; received " + Units.bytes(all.bytesReceived()));
        if (w.stalls().isEmpty()) {
            out.println("generator stalls > 100ms: none");
        } else {
            Workload.GeneratorStall worst = w.stalls().stream()
                    .max(java.util.Comparator.comparingLong(Workload.GeneratorStall::millis)).orElseThrow();
            out.printf(Locale.ROOT, "WARNING generator stalls > 100ms: %d (longest %d ms at %.1fs): latencies "
                    + "around them include the generator's own pause%n", w.stalls().size(), worst.millis(), worst.atSecond());
        }
        out.println("latency from each request's intended start (no coordinated omission); svc = from actual send");
        for (CheckResult c : run.checks()) {
            out.printf("check %-28s %-6s (actual %s)%n", c.expression(), c.passed() ? "ok" : "FAILED", c.actual());
        }
        out.flush();
    }

    private static void row(PrintWriter out, EndpointResult e, double seconds) {
        String name = e.name().length() > NAME_WIDTH ? e.name().substring(0, NAME_WIDTH - 3) + "..." : e.name();
        boolean any = e.corrected().count() > 0;
        out.printf(ROW, name, e.requests(), String.format(Locale.ROOT, "%.1f", seconds > 0 ? e.requests() / seconds : 0),
                Units.percent(e.errorRate()), any ? Units.micros(e.corrected().p50()) : "-",
                any ? Units.micros(e.corrected().p90()) : "-", any ? Units.micros(e.corrected().p99()) : "-",
                any ? Units.micros(e.corrected().max()) : "-", any ? Units.micros(e.service().p99()) : "-");
    }

    private static String counts(Map<String, Long> counts) {
        if (counts.isEmpty()) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((k, v) -> parts.add(k + " " + v));
        return String.join(", ", parts);
    }
}
