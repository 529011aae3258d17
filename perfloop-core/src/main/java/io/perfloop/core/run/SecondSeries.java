package io.perfloop.core.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Per-second windows of one endpoint, stored column by column so that each metric is one array of
 * samples (what a statistical comparison of two runs takes as input).
 *
 * <p>Window {@code i} covers the responses that completed during second {@code second[i]} of the run
 * (seconds since the first intended start). Latencies are in milliseconds from the intended start
 * ({@code p50Ms} ... {@code maxMs}) and from the actual send ({@code serviceP50Ms}, {@code serviceP99Ms});
 * a window without responses has {@code null} latencies. All lists have the same length.
 *
 * @param second       window start, seconds since the run started
 * @param requests     responses completed in the window (= throughput per second)
 * @param errors       failed requests in the window
 * @param p50Ms        corrected median
 * @param p90Ms        corrected 90th percentile
 * @param p99Ms        corrected 99th percentile
 * @param maxMs        corrected maximum
 * @param serviceP50Ms service-time median
 * @param serviceP99Ms service-time 99th percentile
 */
public record SecondSeries(List<Long> second, List<Long> requests, List<Long> errors, List<Double> p50Ms,
                           List<Double> p90Ms, List<Double> p99Ms, List<Double> maxMs,
                           List<Double> serviceP50Ms, List<Double> serviceP99Ms) {

    /** The metrics a series holds, by their JSON name. */
    public static final List<String> METRICS = List.of("requests", "errors", "p50Ms", "p90Ms", "p99Ms", "maxMs",
            "serviceP50Ms", "serviceP99Ms");

    public SecondSeries {
        second = nonNull(second);
        int n = second.size();
        requests = sameLength(requests, n, "requests");
        errors = sameLength(errors, n, "errors");
        p50Ms = sameLength(p50Ms, n, "p50Ms");
        p90Ms = sameLength(p90Ms, n, "p90Ms");
        p99Ms = sameLength(p99Ms, n, "p99Ms");
        maxMs = sameLength(maxMs, n, "maxMs");
        serviceP50Ms = sameLength(serviceP50Ms, n, "serviceP50Ms");
        serviceP99Ms = sameLength(serviceP99Ms, n, "serviceP99Ms");
    }

    /** An empty series. */
    public static SecondSeries empty() {
        return new SecondSeries(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
    }

    /** Number of windows. */
    public int size() {
        return second.size();
    }

    /**
     * The samples of one metric, windows without a value left out.
     *
     * @param metric one of {@link #METRICS}
     */
    public double[] samples(String metric) {
        List<? extends Number> column = switch (metric) {
            case "requests" -> requests;
            case "errors" -> errors;
            case "p50Ms" -> p50Ms;
            case "p90Ms" -> p90Ms;
            case "p99Ms" -> p99Ms;
            case "maxMs" -> maxMs;
            case "serviceP50Ms" -> serviceP50Ms;
            case "serviceP99Ms" -> serviceP99Ms;
            default -> throw new IllegalArgumentException("unknown series metric '" + metric + "', known: " + METRICS);
        };
        return column.stream().filter(Objects::nonNull).mapToDouble(Number::doubleValue).toArray();
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(list));
    }

    private static <T> List<T> sameLength(List<T> list, int n, String name) {
        List<T> copy = nonNull(list);
        if (copy.size() != n) {
            throw new IllegalArgumentException("series column " + name + " has " + copy.size()
                    + " values, expected " + n);
        }
        return copy;
    }
}
