package io.perfloop.core.jmh;

import io.perfloop.core.compare.Metric;
import io.perfloop.core.compare.MetricSamples;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two JMH result files matched benchmark by benchmark (name, mode and parameters), ready for
 * {@link io.perfloop.core.compare.Comparison#of}: one {@link MetricSamples} per benchmark, grouped
 * by the benchmark and its parameters, named after the mode, in the old file's unit (the new
 * file's samples are converted when JMH used another time unit), higher-is-better for throughput
 * and lower-is-better for the time modes.
 *
 * <pre>{@code
 * JmhPairing pairing = JmhPairing.of(JmhResults.read(oldFile), JmhResults.read(newFile));
 * ComparisonResult result = Comparison.of(pairing.metrics(), ComparisonOptions.defaults());
 * }</pre>
 *
 * @param metrics one per benchmark present in both files, in the old file's order
 * @param onlyInOld labels (with mode) of benchmarks missing from the new file
 * @param onlyInNew labels (with mode) of benchmarks missing from the old file
 */
public record JmhPairing(List<MetricSamples> metrics, List<String> onlyInOld, List<String> onlyInNew) {
    private static final Map<String, Double> SECONDS = Map.of("ns", 1e-9, "us", 1e-6, "ms", 1e-3, "s", 1.0,
            "min", 60.0, "hr", 3600.0, "day", 86400.0);

    /** Copies the lists. */
    public JmhPairing {
        metrics = List.copyOf(metrics);
        onlyInOld = List.copyOf(onlyInOld);
        onlyInNew = List.copyOf(onlyInNew);
    }

    /**
     * Matches the benchmarks of two result files.
     *
     * @throws IllegalArgumentException when no benchmark is in both files, or a matched pair has
     *                                  units that cannot be converted into each other
     */
    public static JmhPairing of(JmhResults old, JmhResults now) {
        Map<String, JmhBenchmark> byKey = new LinkedHashMap<>();
        now.benchmarks().forEach(b -> byKey.put(key(b), b));
        List<MetricSamples> metrics = new ArrayList<>();
        List<String> onlyInOld = new ArrayList<>();
        for (JmhBenchmark before : old.benchmarks()) {
            JmhBenchmark after = byKey.remove(key(before));
            if (after == null) {
                onlyInOld.add(key(before));
                continue;
            }
            double[] converted = convert(after.samples(), after.unit(), before.unit(), key(before));
            Metric metric = new Metric(before.mode(), before.unit(), before.direction(), false);
            metrics.add(new MetricSamples(before.label(), metric, before.samples(), converted));
        }
        if (metrics.isEmpty()) {
            throw new IllegalArgumentException("nothing to compare: no benchmark (name, mode and parameters) is in both "
                    + old.source() + " and " + now.source());
        }
        return new JmhPairing(metrics, onlyInOld, new ArrayList<>(byKey.keySet()));
    }

    private static String key(JmhBenchmark b) {
        return b.label() + " (" + b.mode() + ")";
    }

    /** Converts values from one JMH score unit to another of the same kind (time per op, or ops per time). */
    static double[] convert(double[] values, String from, String to, String what) {
        if (from.equals(to)) {
            return values;
        }
        double factor;
        if (from.endsWith("/op") && to.endsWith("/op")) {
            factor = seconds(from.substring(0, from.length() - 3), what) / seconds(to.substring(0, to.length() - 3), what);
        } else if (from.startsWith("ops/") && to.startsWith("ops/")) {
            factor = seconds(to.substring(4), what) / seconds(from.substring(4), what);
        } else {
            throw new IllegalArgumentException(what + ": cannot compare scores in " + to + " (old) with scores in " + from + " (new)");
        }
        return Arrays.stream(values).map(v -> v * factor).toArray();
    }

    private static double seconds(String unit, String what) {
        Double s = SECONDS.get(unit);
        if (s == null) {
            throw new IllegalArgumentException(what + ": unknown time unit '" + unit + "' in a JMH score unit");
        }
        return s;
    }
}
