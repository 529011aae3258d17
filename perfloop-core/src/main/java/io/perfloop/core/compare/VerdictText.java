package io.perfloop.core.compare;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The verdict lines under a comparison table: what improved, what regressed, and — when the
 * change targeted one endpoint — regressions elsewhere, listed apart because they are the ones
 * nobody was looking for.
 */
public final class VerdictText {
    private VerdictText() {
    }

    /**
     * The verdict lines.
     *
     * @param focus the endpoint the change was meant for, or {@code null}
     */
    public static String render(ComparisonResult result, String focus) {
        StringBuilder out = new StringBuilder();
        List<MetricVerdict> improved = result.withVerdict(Verdict.IMPROVED);
        List<MetricVerdict> regressed = result.withVerdict(Verdict.REGRESSED);
        out.append("Verdict: ");
        if (improved.isEmpty() && regressed.isEmpty()) {
            out.append("no significant change (~) at alpha = ").append(result.options().alpha()).append('\n');
        } else {
            out.append(improved.size()).append(" improved, ").append(regressed.size()).append(" regressed\n");
        }
        improved.forEach(v -> out.append("  improved   ").append(line(v)).append('\n'));
        List<MetricVerdict> here = regressed.stream().filter(v -> focus == null || Objects.equals(v.group(), focus)).toList();
        List<MetricVerdict> elsewhere = regressed.stream().filter(v -> focus != null && !Objects.equals(v.group(), focus)).toList();
        here.forEach(v -> out.append("  REGRESSED  ").append(line(v)).append('\n'));
        if (focus != null) {
            out.append("\nRegressions elsewhere (outside ").append(focus).append("): ");
            out.append(elsewhere.isEmpty() ? "none\n" : "\n");
            elsewhere.forEach(v -> out.append("  REGRESSED  ").append(line(v)).append('\n'));
        }
        return out.toString();
    }

    private static String line(MetricVerdict v) {
        return String.format(Locale.ROOT, "%s %s %+.1f%% (p holm %.3g)", v.group() == null ? "" : v.group(),
                v.metric().name(), v.deltaPercent(), v.pAdjusted()).trim();
    }
}
