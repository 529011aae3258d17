package io.perfloop.junit.benchmark.internal;

import io.perfloop.junit.benchmark.BenchmarkResult;
import io.perfloop.junit.benchmark.BenchmarkStats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The end-of-run table in pytest-benchmark's layout: one row per benchmark sorted by its fastest
 * round, every time in one unit, each value followed by its ratio to the best in its column, plus
 * JMH's 99.9 % error of the mean.
 */
public final class ResultsTable {
    private ResultsTable() {
    }

    /** Renders the table, lines ending in {@code \n}. */
    public static String render(List<BenchmarkResult> results) {
        List<BenchmarkResult> sorted = results.stream().sorted(Comparator.comparingDouble(r -> r.stats().min())).toList();
        Durations.TimeUnit unit = Durations.TimeUnit.forValue(sorted.get(0).stats().min());
        double bestOps = sorted.stream().mapToDouble(r -> r.stats().ops()).max().orElseThrow();
        String[] opsUnit = opsUnit(bestOps);
        double opsScale = Double.parseDouble(opsUnit[1]);

        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Name (time in " + unit.symbol() + ")", "Min", "Max", "Mean", "Error (99.9%)", "StdDev", "Median",
            "IQR", "Outliers", "OPS (" + opsUnit[0] + ")", "Rounds", "Iterations"});
        for (BenchmarkResult r : sorted) {
            BenchmarkStats s = r.stats();
            rows.add(new String[] {r.name(),
                time(s.min(), sorted, BenchmarkStats::min, unit), time(s.max(), sorted, BenchmarkStats::max, unit),
                time(s.mean(), sorted, BenchmarkStats::mean, unit),
                Double.isNaN(s.meanError()) ? "-" : String.format(Locale.ROOT, "±%,.4f", s.meanError() / unit.seconds()),
                time(s.stddev(), sorted, BenchmarkStats::stddev, unit), time(s.median(), sorted, BenchmarkStats::median, unit),
                time(s.iqr(), sorted, BenchmarkStats::iqr, unit), s.outliers(),
                String.format(Locale.ROOT, "%,.4f", s.ops() / opsScale) + ratio(s.ops(), bestOps, sorted.size()),
                String.format(Locale.ROOT, "%,d", s.rounds()), String.format(Locale.ROOT, "%,d", s.iterations())});
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        List<String> lines = new ArrayList<>();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(pad(row[0], widths[0], false));
            for (int c = 1; c < row.length; c++) {
                line.append("  ").append(pad(row[c], widths[c], true));
            }
            lines.add(line.toString());
        }
        int width = lines.get(0).length();
        String title = " benchmark: " + sorted.size() + " test" + (sorted.size() == 1 ? "" : "s") + " ";
        int left = Math.max(2, (width - title.length()) / 2);
        StringBuilder out = new StringBuilder();
        out.append("-".repeat(left)).append(title).append("-".repeat(Math.max(2, width - left - title.length()))).append('\n');
        out.append(lines.get(0)).append('\n').append("-".repeat(width)).append('\n');
        for (int i = 1; i < lines.size(); i++) {
            out.append(lines.get(i)).append('\n');
        }
        out.append("-".repeat(width)).append('\n');
        out.append("Legend:\n")
                .append("  Outliers: 1 Standard Deviation from Mean; 1.5 IQR (InterQuartile Range) from 1st Quartile and 3rd Quartile.\n")
                .append("  Error (99.9%): half-width of the 99.9 % Student-t interval on the mean, over blocks of rounds (JMH's Error).\n")
                .append("  OPS: Operations Per Second, computed as 1 / Mean\n");
        return out.toString();
    }

    private static String time(double value, List<BenchmarkResult> all, ToDoubleFunction<BenchmarkStats> column,
                               Durations.TimeUnit unit) {
        double best = all.stream().mapToDouble(r -> column.applyAsDouble(r.stats())).min().orElseThrow();
        return String.format(Locale.ROOT, "%,.4f", value / unit.seconds()) + ratio(value, best, all.size());
    }

    private static String ratio(double value, double best, int rows) {
        if (rows < 2) {
            return "";
        }
        if (value == best) {
            return " (1.0)";
        }
        return best == 0 ? " (inf)" : String.format(Locale.ROOT, " (%.2f)", value / best);
    }

    /** Unit label and scale for operations per second, as pytest-benchmark picks them. */
    private static String[] opsUnit(double ops) {
        if (ops >= 1e6) {
            return new String[] {"Mops/s", "1e6"};
        }
        if (ops >= 1e3) {
            return new String[] {"Kops/s", "1e3"};
        }
        return new String[] {"ops/s", "1"};
    }

    private static String pad(String text, int width, boolean right) {
        String spaces = " ".repeat(width - text.length());
        return right ? spaces + text : text + spaces;
    }
}
