package io.perfloop.load;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.perfloop.load.report.Units;

/**
 * What a run would do, computed from the schedule without sending anything.
 *
 * @param model          {@code replay}, {@code open} or {@code closed}
 * @param requests       requests that would be sent
 * @param durationNanos  offset of the last intended start; -1 when it depends on the server (closed model)
 * @param peakPerSecond  most requests intended to start within one second of the schedule
 * @param busiestSecond  the offset (seconds) of that second
 * @param topEndpoints   busiest endpoints with their request counts
 * @param endpoints      distinct endpoints
 * @param malformed      records skipped as malformed
 * @param late           records out of order beyond the reorder window
 */
public record DryRunReport(String model, long requests, long durationNanos, long peakPerSecond, long busiestSecond,
                           List<Map.Entry<String, Long>> topEndpoints, int endpoints, long malformed, long late) {

    /** Mean rate over the schedule, requests per second (0 when unknown). */
    public double meanRate() {
        return durationNanos <= 0 ? 0 : requests / (durationNanos / 1e9);
    }

    /** Prints the report. */
    public void print(PrintWriter out) {
        out.printf(Locale.ROOT, "dry run (%s model): nothing sent%n", model);
        out.printf(Locale.ROOT, "  requests       %d%n", requests);
        if (durationNanos >= 0) {
            out.printf(Locale.ROOT, "  duration       %s%n", Units.micros(durationNanos / 1000));
            out.printf(Locale.ROOT, "  mean rate      %.1f req/s%n", meanRate());
            out.printf(Locale.ROOT, "  peak rate      %d req/s (second %d)%n", peakPerSecond, busiestSecond);
        } else {
            out.println("  duration       depends on the server (closed model)");
        }
        out.printf(Locale.ROOT, "  endpoints      %d%n", endpoints);
        for (Map.Entry<String, Long> e : topEndpoints) {
            out.printf(Locale.ROOT, "    %-40s %d%n", e.getKey(), e.getValue());
        }
        out.printf(Locale.ROOT, "  malformed      %d skipped%n", malformed);
        if (late > 0) {
            out.printf(Locale.ROOT, "  out of order   %d beyond the reorder window (sent at the time reached)%n", late);
        }
        out.flush();
    }
}
