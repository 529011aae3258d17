package io.perfloop.core.compare;

import io.perfloop.core.run.EndpointResult;
import io.perfloop.core.run.Run;
import io.perfloop.core.run.SecondSeries;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The samples to compare two load-test runs with: per endpoint present in both (and overall, when
 * there is more than one endpoint),
 * one value per one-second window for latency p50/p90/p99, throughput and error rate. The first
 * and last windows of each run are dropped when there are more than four: they are partial seconds
 * whose throughput is not comparable. See docs/compare.md for why windows, not requests.
 */
public final class RunComparison {
    /** Median latency per window. */
    public static final Metric P50 = Metric.lowerIsBetter("latency p50", "ms");
    /** 90th percentile latency per window. */
    public static final Metric P90 = Metric.lowerIsBetter("latency p90", "ms");
    /** 99th percentile latency per window, with a bootstrap interval on its delta. */
    public static final Metric P99 = Metric.lowerIsBetter("latency p99", "ms").asTail();
    /** Completed requests per second. */
    public static final Metric THROUGHPUT = Metric.higherIsBetter("throughput", "req/s");
    /** Failed requests as a share of completed ones, per window. */
    public static final Metric ERRORS = Metric.lowerIsBetter("error rate", "%");

    private RunComparison() {
    }

    /** Samples for every endpoint the two runs share, then the overall line. */
    public static List<MetricSamples> samples(Run old, Run neu) {
        Set<String> names = new LinkedHashSet<>();
        old.endpoints().forEach(e -> names.add(e.name()));
        List<MetricSamples> out = new ArrayList<>();
        for (String name : names) {
            var a = old.endpoint(name);
            var b = neu.endpoint(name);
            if (a.isPresent() && b.isPresent()) {
                out.addAll(samples(name, a.get(), b.get()));
            }
        }
        if (names.size() > 1) {
            // with one endpoint the overall line is the same data again: testing it twice only costs power
            out.addAll(samples(EndpointResult.OVERALL, old.overall(), neu.overall()));
        }
        return out;
    }

    /** Endpoints that only one of the runs has. */
    public static List<String> unmatched(Run old, Run neu) {
        List<String> out = new ArrayList<>();
        old.endpoints().stream().filter(e -> neu.endpoint(e.name()).isEmpty()).forEach(e -> out.add(e.name() + " (only in the old run)"));
        neu.endpoints().stream().filter(e -> old.endpoint(e.name()).isEmpty()).forEach(e -> out.add(e.name() + " (only in the new run)"));
        return out;
    }

    private static List<MetricSamples> samples(String group, EndpointResult a, EndpointResult b) {
        List<MetricSamples> out = new ArrayList<>();
        add(out, group, P50, trim(a.series().samples("p50Ms")), trim(b.series().samples("p50Ms")));
        add(out, group, P90, trim(a.series().samples("p90Ms")), trim(b.series().samples("p90Ms")));
        add(out, group, P99, trim(a.series().samples("p99Ms")), trim(b.series().samples("p99Ms")));
        add(out, group, THROUGHPUT, trim(a.series().samples("requests")), trim(b.series().samples("requests")));
        add(out, group, ERRORS, trim(errorRates(a.series())), trim(errorRates(b.series())));
        return out;
    }

    private static void add(List<MetricSamples> out, String group, Metric metric, double[] a, double[] b) {
        if (a.length > 0 && b.length > 0) {
            out.add(MetricSamples.of(metric, a, b).inGroup(group));
        }
    }

    static double[] errorRates(SecondSeries s) {
        double[] rates = new double[s.size()];
        int n = 0;
        for (int i = 0; i < s.size(); i++) {
            long requests = s.requests().get(i);
            if (requests > 0) {
                rates[n++] = 100.0 * s.errors().get(i) / requests;
            }
        }
        return Arrays.copyOf(rates, n);
    }

    static double[] trim(double[] windows) {
        return windows.length > 4 ? Arrays.copyOfRange(windows, 1, windows.length - 1) : windows;
    }
}
