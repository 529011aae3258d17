package io.perfloop.core.compare.findings;

import io.perfloop.core.compare.MetricVerdict;
import io.perfloop.core.compare.Verdict;
import io.perfloop.core.finding.Finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The findings section of a compare, as text: resolved, new and still-present findings in aligned
 * rows, then one "predicted vs measured" line per resolved finding, e.g.
 * {@code n-plus-one GET /api/orders: predicted up to 61%, measured 58% less time per request (…)}.
 */
public final class FindingsDiffText {
    private FindingsDiffText() {
    }

    /**
     * The section, lines ending in {@code \n}.
     *
     * @param diff   the matched findings
     * @param checks the predicted-vs-measured checks of the resolved findings
     */
    public static String render(FindingsDiff diff, List<PredictedVsMeasured> checks) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Findings: %d resolved, %d new, %d still present "
                        + "(same rule, endpoint and call site; a moved line within the method counts as the same)%n",
                diff.resolved().size(), diff.appeared().size(), diff.stillPresent().size()));
        List<String[]> rows = new ArrayList<>();
        diff.resolved().forEach(f -> rows.add(row("resolved", f.finding(), "predicted " + gain(f.finding().predictedGain()), "")));
        diff.appeared().forEach(f -> rows.add(row("NEW", f.finding(), "predicted " + gain(f.finding().predictedGain()), "")));
        Map<String, Integer> withoutGain = new TreeMap<>();
        for (StillPresent s : diff.stillPresent()) {
            if (!known(s.old().finding()) && !known(s.neu().finding())) {
                withoutGain.merge(s.neu().finding().ruleId(), 1, Integer::sum); // context, not a lead: one line for all
                continue;
            }
            String predicted = "predicted " + gain(s.old().finding().predictedGain()) + " -> " + gain(s.neu().finding().predictedGain());
            rows.add(row("still", s.neu().finding(), predicted, s.moved() ? "(was " + s.old().finding().callSite() + ")" : ""));
        }
        out.append(aligned(rows));
        if (!withoutGain.isEmpty()) {
            out.append("  still     and ").append(withoutGain.values().stream().mapToInt(Integer::intValue).sum())
                    .append(" without a predicted gain: ").append(String.join(", ", withoutGain.entrySet().stream()
                            .map(e -> e.getKey() + " x" + e.getValue()).toList())).append('\n');
        }
        if (!checks.isEmpty()) {
            out.append("\nPredicted vs measured, for each resolved finding:\n");
            checks.forEach(c -> out.append("  ").append(line(c)).append('\n'));
            out.append("predicted: share of the endpoint's time the finding said a fix could remove (old run); measured: change of the\n"
                    + "endpoint's wall time per successful captured request, new vs old; verdicts from the table above\n");
        }
        return out.toString();
    }

    /** One check as a sentence. */
    public static String line(PredictedVsMeasured c) {
        Finding f = c.finding();
        StringBuilder line = new StringBuilder(f.ruleId()).append(' ').append(f.scope()).append(": predicted ")
                .append(gain(c.predicted())).append(", ");
        if (Double.isNaN(c.meanChangePercent())) {
            line.append("not measured (no successful captured requests of this endpoint in ")
                    .append(c.requestsOld() == 0 ? "the old run" : "the new run").append(')');
            return line.toString();
        }
        double change = c.meanChangePercent();
        line.append(String.format(Locale.ROOT, "measured %.0f%% %s time per request (mean of %d -> %d captured requests; median %+.0f%%",
                Math.abs(change), change <= 0 ? "less" : "more", c.requestsOld(), c.requestsNew(), c.medianChangePercent()));
        if (c.loadP50() != null) {
            line.append(String.format(Locale.ROOT, "; load test p50 %+.0f%%", c.loadP50().deltaPercent()));
        }
        line.append(')');
        if (c.wall() != null) {
            line.append("; wall/request ").append(verdict(c.wall()));
        }
        if (!c.together().isEmpty()) {
            line.append(String.format(Locale.ROOT, "%n    resolved on the same endpoint at the same time: %s; predicted together %s",
                    String.join(", ", c.together().stream().map(o -> o.ruleId() + " " + gain(o.predictedGain())).toList()),
                    gain(c.predictedTogether())));
        }
        return line.toString();
    }

    private static String verdict(MetricVerdict v) {
        if (v.verdict() == Verdict.IMPROVED || v.verdict() == Verdict.REGRESSED) {
            return v.verdict().label() + (v.pAdjusted() < 0.001 ? " (p holm <0.001)" : String.format(Locale.ROOT, " (p holm %.3f)", v.pAdjusted()));
        }
        return v.verdict() == Verdict.NO_CHANGE ? "~ (no significant change)" : v.verdict().label();
    }

    private static boolean known(Finding f) {
        return f.predictedGain() > 0; // false for NaN too
    }

    private static String gain(double share) {
        return Double.isNaN(share) ? "unknown" : String.format(Locale.ROOT, "up to %.0f%%", share * 100);
    }

    private static String[] row(String status, Finding f, String predicted, String note) {
        return new String[] {String.format(Locale.ROOT, "  %-8s", status), f.ruleId(), f.scope() == null ? "" : f.scope(),
            f.callSite() == null ? "" : f.callSite(), predicted, note};
    }

    private static String aligned(List<String[]> rows) {
        if (rows.isEmpty()) {
            return "";
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.length; c++) {
                line.append(row[c]).append(" ".repeat(widths[c] - row[c].length() + 2));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
