package io.perfloop.core.run;

import java.util.Map;
import java.util.Objects;

/**
 * What one endpoint (a method and a path template) got during a run.
 *
 * @param name          {@code METHOD template}, e.g. {@code GET /orders/{id}}; {@code ALL} for the overall row
 * @param requests      completed requests, successful or not
 * @param errors        requests that failed: transport errors (see {@code errorsByKind}) plus 5xx responses
 * @param errorsByKind  transport failures by kind: {@code refused}, {@code timeout}, {@code reset}, {@code other}
 * @param statusClasses responses by status class: {@code 2xx}, {@code 3xx}, {@code 4xx}, {@code 5xx}, ...
 * @param bytesReceived response body bytes received
 * @param bytesSent     request body bytes sent
 * @param corrected     latency from each request's intended start (free of coordinated omission)
 * @param service       latency from the actual send (service time, what most tools report)
 * @param series        per-second windows
 */
public record EndpointResult(String name, long requests, long errors, Map<String, Long> errorsByKind,
                             Map<String, Long> statusClasses, long bytesReceived, long bytesSent,
                             LatencySummary corrected, LatencySummary service, SecondSeries series) {

    /** The name of the row that sums all endpoints. */
    public static final String OVERALL = "ALL";

    public EndpointResult {
        Objects.requireNonNull(name, "name");
        errorsByKind = errorsByKind == null ? Map.of() : Map.copyOf(errorsByKind);
        statusClasses = statusClasses == null ? Map.of() : Map.copyOf(statusClasses);
    }

    /** Errors as a share of requests, 0..1 (0 when there were no requests). */
    public double errorRate() {
        return requests == 0 ? 0 : (double) errors / requests;
    }
}
