package io.perfloop.core.report;

import io.perfloop.core.detect.RankedFinding;
import io.perfloop.core.finding.Finding;

import java.util.List;
import java.util.Locale;

/** One finding as plain text: title, where, evidence, predicted gain, fix. */
public final class FindingText {
    private FindingText() {
    }

    /** A finding found in one unit of work. */
    public static String render(Finding f) {
        StringBuilder out = new StringBuilder();
        out.append('[').append(f.ruleId()).append("] ").append(f.title()).append('\n');
        body(f, out);
        return out.toString();
    }

    /** A ranked finding from a run, with the traffic it concerns. */
    public static String render(RankedFinding r) {
        Finding f = r.finding();
        StringBuilder out = new StringBuilder();
        out.append('[').append(f.ruleId()).append("] ").append(f.title()).append('\n');
        out.append("    endpoint: ").append(f.scope())
                .append(String.format(Locale.ROOT, " (%.0f%% of requests)", r.requestShare() * 100)).append('\n');
        body(f, out);
        return out.toString();
    }

    /** Several findings, numbered in order. */
    public static String renderAll(List<RankedFinding> ranked) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < ranked.size(); i++) {
            out.append(i + 1).append(". ").append(render(ranked.get(i)));
        }
        return out.toString();
    }

    private static void body(Finding f, StringBuilder out) {
        if (f.callSite() != null) {
            out.append("    at: ").append(f.callSite()).append('\n');
        }
        f.evidence().forEach((k, v) -> out.append("    ").append(k).append(": ").append(v).append('\n'));
        if (f.sampleSql() != null) {
            String sql = f.sampleSql().replaceAll("\\s+", " ").trim();
            out.append("    sql: ").append(sql.length() > 160 ? sql.substring(0, 159) + "…" : sql).append('\n');
        }
        if (!Double.isNaN(f.predictedGain())) {
            out.append(String.format(Locale.ROOT, "    predicted gain: up to %.0f%% of %s%n", f.predictedGain() * 100, f.scope()));
        }
        out.append("    fix: ").append(f.fix()).append('\n');
    }
}
