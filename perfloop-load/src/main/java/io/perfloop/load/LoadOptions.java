package io.perfloop.load;

import java.nio.file.Path;
import java.util.List;

import io.perfloop.load.http.ClientSettings;
import io.perfloop.load.record.EndpointGrouper;
import io.perfloop.load.report.Check;

/**
 * Everything a load run is told.
 *
 * @param source          workload file
 * @param sourceType      {@code access-log}, {@code har}, {@code targets}, or {@code null} to detect
 * @param logFormat       access log format ({@code combined}, {@code common}, nginx or Apache format string)
 * @param keepCredentials replay Authorization and Cookie headers
 * @param target          base URL for relative targets (and to redirect absolute ones), or {@code null}
 * @param speed           replay speed factor
 * @param maxIdleNanos    longest gap between replayed requests (log time)
 * @param reorderWindow   records sorted together to repair out-of-order log lines
 * @param rate            open model: arrivals per second, or {@code null}
 * @param rampNanos       open model: rise from 0 to {@code rate} over this long
 * @param concurrency     closed model: virtual users, or {@code null}
 * @param durationNanos   run length ({@code Long.MAX_VALUE}: until the source ends)
 * @param maxRequests     most requests to send ({@code Long.MAX_VALUE}: no limit)
 * @param client          HTTP client settings
 * @param groups          endpoint grouping rules tried before the default
 * @param maxEndpoints    distinct endpoints kept apart
 * @param maxBacklog      requests that may wait for a connection before new ones are dropped
 * @param checks          thresholds evaluated at the end
 */
public record LoadOptions(Path source, String sourceType, String logFormat, boolean keepCredentials, String target,
                          double speed, long maxIdleNanos, int reorderWindow, Double rate, long rampNanos,
                          Integer concurrency, long durationNanos, long maxRequests, ClientSettings client,
                          List<EndpointGrouper.Rule> groups, int maxEndpoints, int maxBacklog, List<Check> checks) {
    public LoadOptions {
        groups = groups == null ? List.of() : List.copyOf(groups);
        checks = checks == null ? List.of() : List.copyOf(checks);
        if (rate != null && concurrency != null) {
            throw new IllegalArgumentException("--rate (open model) and --concurrency (closed model) exclude each other");
        }
        if (rampNanos > 0 && rate == null) {
            throw new IllegalArgumentException("--ramp needs --rate");
        }
        if (concurrency != null && concurrency < 1) {
            throw new IllegalArgumentException("--concurrency must be at least 1");
        }
    }

    /** {@code replay}, {@code open} or {@code closed}. */
    public String model() {
        return concurrency != null ? "closed" : rate != null ? "open" : "replay";
    }
}
