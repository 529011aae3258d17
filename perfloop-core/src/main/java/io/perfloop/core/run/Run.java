package io.perfloop.core.run;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One measured run as stored in {@code runs/<id>/run.json}.
 *
 * @param format    the file format version, {@link #FORMAT}
 * @param id        the run's id, also its directory name
 * @param meta      when, where and how the run was made
 * @param workload  what was sent and how it was paced
 * @param endpoints per-endpoint results, busiest first
 * @param overall   all endpoints together, same shape as an endpoint
 * @param checks    threshold checks evaluated at the end of the run (may be empty)
 */
public record Run(int format, String id, RunMeta meta, Workload workload, List<EndpointResult> endpoints,
                  EndpointResult overall, List<CheckResult> checks) {

    /** The format version this code writes and reads. */
    public static final int FORMAT = 1;

    public Run {
        Objects.requireNonNull(id, "id");
        endpoints = endpoints == null ? List.of() : List.copyOf(endpoints);
        checks = checks == null ? List.of() : List.copyOf(checks);
    }

    /** The endpoint with this name, e.g. {@code GET /orders/{id}}. */
    public Optional<EndpointResult> endpoint(String name) {
        return endpoints.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /** A copy with another id (used when the directory name has to be made unique). */
    public Run withId(String newId) {
        return new Run(format, newId, meta, workload, endpoints, overall, checks);
    }
}
