package io.perfloop.core.compare;

import io.perfloop.core.stats.BootstrapInterval;
import io.perfloop.core.stats.MedianInterval;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders a {@link ComparisonResult} as an aligned plain-text table in the manner of benchstat:
 * one row per metric, grouped by endpoint, {@code ~} where nothing changed significantly, the
 * better direction on every row and the warnings as numbered notes below.
 */
public final class ComparisonTable {
    private static final String[] HEADER =
            {"metric", "unit", "old", "new", "delta", "p", "p holm", "n", "verdict", "better", ""};

    private ComparisonTable() {
    }

    /**
     * The table as text, lines ending in {@code \n}.
     *
     * @param result what to render
     * @return header, rows, notes and a legend
     */
    public static String render(ComparisonResult result) {
        List<String[]> rows = new ArrayList<>();
        List<String> groupTitles = new ArrayList<>(); // null for metric rows
        List<String> notes = new ArrayList<>();
        rows.add(HEADER);
        groupTitles.add(null);
        for (String group : result.groups()) {
            if (!group.isEmpty()) {
                rows.add(null);
                groupTitles.add(group);
            }
            String indent = group.isEmpty() ? "" : "  ";
            for (MetricVerdict v : result.inGroup(group)) {
                StringBuilder markers = new StringBuilder();
                for (String warning : v.warnings()) {
                    notes.add("(" + (notes.size() + 1) + ") " + v.label() + ": " + warning);
                    markers.append('(').append(notes.size()).append(')');
                }
                rows.add(row(indent, v, markers.toString()));
                groupTitles.add(null);
            }
        }
        StringBuilder out = new StringBuilder();
        int[] widths = widths(rows);
        for (int r = 0; r < rows.size(); r++) {
            out.append(rows.get(r) == null ? groupTitles.get(r) : aligned(rows.get(r), widths)).append('\n');
        }
        if (!notes.isEmpty()) {
            out.append('\n');
            notes.forEach(note -> out.append(note).append('\n'));
        }
        return out.append('\n').append(legend(result)).toString();
    }

    private static String[] row(String indent, MetricVerdict v, String markers) {
        return new String[] {indent + v.metric().name(), v.metric().unit(), median(v.oldMedian()), median(v.newMedian()),
            delta(v), p(v.pRaw()), p(v.pAdjusted()), v.test().n1() + "+" + v.test().n2(), v.verdict().label(),
            v.metric().direction().better(), markers};
    }

    private static String legend(ComparisonResult result) {
        ComparisonOptions o = result.options();
        int confidence = (int) Math.round(o.confidence() * 100);
        return String.format(Locale.ROOT, "old/new: median [%d %% interval from order statistics]%n"
                + "delta: (new/old - 1) * 100 %% of the medians [%d %% bootstrap interval, %d resamples, tail metrics only]%n"
                + "p: two-sided Mann-Whitney U; p holm: Holm-Bonferroni over %s%n"
                + "~: no significant change at alpha = %s%s%n",
                confidence, confidence, o.bootstrapIterations(),
                o.family() == HolmFamily.GROUP ? "the metrics of each group" : "all metrics of this comparison", o.alpha(),
                o.minEffectPercent() > 0 ? ", or one smaller than the minimum effect of "
                        + new java.math.BigDecimal(Double.toString(o.minEffectPercent())).stripTrailingZeros().toPlainString() + "%" : "");
    }

    private static String median(MedianInterval m) {
        int decimals = decimals(m.median());
        String value = fixed(m.median(), decimals);
        if (!m.determined()) {
            return value + " [n too small]";
        }
        return value + " [" + fixed(m.lower(), decimals) + ", " + fixed(m.upper(), decimals) + "]";
    }

    private static String delta(MetricVerdict v) {
        BootstrapInterval interval = v.deltaInterval();
        String bounds = interval == null || !interval.defined() ? ""
                : " [" + percent(interval.lower()) + ", " + percent(interval.upper()) + "]";
        return switch (v.verdict()) {
            case NO_CHANGE -> "~" + bounds;
            case INSUFFICIENT_DATA -> "? (" + percent(v.deltaPercent()) + ")"; // observed, but undecidable
            case IMPROVED, REGRESSED -> percent(v.deltaPercent()) + bounds;
        };
    }

    private static String percent(double value) {
        if (Double.isInfinite(value)) {
            return value > 0 ? "+inf%" : "-inf%";
        }
        return String.format(Locale.ROOT, "%+.1f%%", value);
    }

    private static String p(double p) {
        if (Double.isNaN(p)) {
            return "-";
        }
        return p < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", p);
    }

    /** Decimals for three significant digits, as benchstat prints. */
    private static int decimals(double value) {
        if (value == 0) {
            return 0;
        }
        int magnitude = (int) Math.floor(Math.log10(Math.abs(value)));
        return Math.max(0, Math.min(6, 2 - magnitude));
    }

    private static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static int[] widths(List<String[]> rows) {
        int[] widths = new int[HEADER.length];
        for (String[] row : rows) {
            for (int c = 0; row != null && c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        return widths;
    }

    private static String aligned(String[] row, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < row.length; c++) {
            line.append(row[c]).append(" ".repeat(widths[c] - row[c].length() + 2));
        }
        return line.toString().stripTrailing();
    }
}
