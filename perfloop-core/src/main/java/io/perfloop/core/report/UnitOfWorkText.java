package io.perfloop.core.report;

import io.perfloop.core.event.StatementEvent;
import io.perfloop.core.finding.Finding;
import io.perfloop.core.work.WorkUnit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders what one unit of work ran as plain text, for a developer reading a test failure or a
 * terminal: the statements in order, the same statements grouped by shape, then the findings
 * with their fixes. Runs of consecutive statements with one shape and call site are folded.
 */
public final class UnitOfWorkText {
    private static final int SQL_WIDTH = 110;

    private UnitOfWorkText() {
    }

    /** The full report. */
    public static String render(WorkUnit unit, List<Finding> findings) {
        StringBuilder out = new StringBuilder();
        statements(unit, out);
        out.append('\n');
        groups(unit, out);
        if (!findings.isEmpty()) {
            out.append('\n');
            findings(findings, out);
        }
        return out.toString();
    }

    static void statements(WorkUnit unit, StringBuilder out) {
        out.append("Statements in order (").append(unit.statements().size()).append(" in ")
                .append(millis(unit.durationNanos())).append("):\n");
        List<StatementEvent> all = unit.statements();
        int i = 0;
        while (i < all.size()) {
            StatementEvent first = all.get(i);
            int j = i + 1;
            long nanos = first.durationNanos();
            while (j < all.size() && sameRun(first, all.get(j))) {
                nanos += all.get(j).durationNanos();
                j++;
            }
            String number = j - i == 1 ? String.valueOf(i + 1) : (i + 1) + "-" + j;
            String times = j - i == 1 ? "   " : "×" + (j - i);
            out.append(String.format(Locale.ROOT, "  %7s %-4s %-6s %9s  %s%s%n", number, times, first.kind(), millis(nanos),
                    shorten(first.sql()), suffix(first)));
            out.append(String.format(Locale.ROOT, "  %20s at %s%n", "", first.callSite()));
            i = j;
        }
        if (unit.dropped() > 0) {
            out.append("  … and ").append(unit.dropped()).append(" more, counted but not kept\n");
        }
    }

    private static String suffix(StatementEvent s) {
        StringBuilder b = new StringBuilder();
        if (s.batchSize() > 1) {
            b.append("  [batch of ").append(s.batchSize()).append(']');
        }
        if (s.failed()) {
            b.append("  [failed: ").append(s.error()).append(']');
        }
        return b.toString();
    }

    private static boolean sameRun(StatementEvent a, StatementEvent b) {
        return a.fingerprint().equals(b.fingerprint()) && a.callSite().equals(b.callSite()) && a.failed() == b.failed();
    }

    static void groups(WorkUnit unit, StringBuilder out) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Long> nanos = new LinkedHashMap<>();
        for (StatementEvent s : unit.statements()) {
            counts.computeIfAbsent(s.fingerprint(), k -> new int[1])[0]++;
            nanos.merge(s.fingerprint(), s.durationNanos(), Long::sum);
        }
        out.append("By shape:\n");
        counts.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getValue()[0], a.getValue()[0]))
                .forEach(e -> out.append(String.format(Locale.ROOT, "  %5d × %9s  %s%n", e.getValue()[0],
                        millis(nanos.get(e.getKey())), shorten(e.getKey()))));
    }

    /** Each finding: {@code [rule-id] title}, its evidence, predicted gain and fix, indented. */
    public static void findings(List<Finding> findings, StringBuilder out) {
        for (Finding f : findings) {
            out.append(FindingText.render(f));
        }
    }

    private static String shorten(String sql) {
        String flat = sql.replaceAll("\\s+", " ").trim();
        return flat.length() <= SQL_WIDTH ? flat : flat.substring(0, SQL_WIDTH - 1) + "…";
    }

    static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.2f ms", nanos / 1e6);
    }
}
