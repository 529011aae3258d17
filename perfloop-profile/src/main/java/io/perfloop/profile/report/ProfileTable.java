package io.perfloop.profile.report;

import io.perfloop.core.finding.Finding;
import io.perfloop.core.report.UnitOfWorkText;
import io.perfloop.profile.analysis.AllocationSite;
import io.perfloop.profile.analysis.Durations;
import io.perfloop.profile.analysis.MethodStat;
import io.perfloop.profile.analysis.ProfileAnalysis;
import io.perfloop.profile.analysis.RecordingSummary;
import io.perfloop.profile.analysis.ScopeProfile;
import io.perfloop.profile.analysis.Stall;
import io.perfloop.profile.analysis.WaitSite;
import io.perfloop.profile.analysis.WaitTotal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The profile as text, the way Python's pstats prints one: methods by cumulative (total) share with
 * their self share and hot line, then allocation sites, off-CPU waits, event-loop stalls, pinning
 * and GC. Plain text; nothing is interpreted, so frame names need no escaping here.
 */
public final class ProfileTable {
    private final int rows;

    /** A table with {@code rows} rows per section (pstats prints 20). */
    public ProfileTable(int rows) {
        this.rows = rows;
    }

    /** The whole recording, then each endpoint. */
    public String render(ProfileAnalysis analysis) {
        StringBuilder out = new StringBuilder();
        RecordingSummary r = analysis.recording();
        out.append(String.format(Locale.ROOT, "perfloop profile: %s, %d events, CPU sampled by %s every %s%n",
                Durations.format(r.durationNanos()), r.events(), r.cpuSampler(), Durations.format(r.cpuIntervalNanos())));
        out.append("sampling: ").append(analysis.sampling().message()).append('\n');
        for (String w : analysis.warnings()) {
            out.append("WARNING: ").append(w).append('\n');
        }
        for (ScopeProfile scope : analysis.scopes()) {
            out.append('\n');
            scope(out, scope);
        }
        return out.toString();
    }

    /** The whole recording, each endpoint, then the findings with their evidence, predicted gain and fix. */
    public String render(ProfileAnalysis analysis, List<Finding> findings) {
        StringBuilder out = new StringBuilder(render(analysis));
        if (!findings.isEmpty()) {
            out.append("\nfindings (").append(findings.size()).append("):\n");
            UnitOfWorkText.findings(findings, out);
        }
        return out.toString();
    }

    /** One scope. */
    public String render(ScopeProfile scope) {
        StringBuilder out = new StringBuilder();
        scope(out, scope);
        return out.toString();
    }

    private void scope(StringBuilder out, ScopeProfile s) {
        out.append(s.overall() ? "== whole recording" : "== " + s.name())
                .append(String.format(Locale.ROOT, ": %s wall%s, %d CPU samples (~%s CPU)%n", Durations.format(s.wallNanos()),
                        s.overall() ? "" : " over " + s.requests() + " requests", s.cpuSamples(), Durations.format(s.cpuNanos())));
        cpu(out, s);
        allocation(out, s);
        waits(out, s);
        stalls(out, s);
        if (!s.pinned().isEmpty()) {
            out.append("virtual threads pinned while blocking:\n");
            s.pinned().stream().limit(rows).forEach(p -> out.append(String.format(Locale.ROOT, "  %5d× %9s  %s  (%s)%n",
                    p.count(), Durations.format(p.totalNanos()), p.site(), p.reason())));
        }
        if (s.gc().pauseNanos() > 0 || s.overall() && s.gc().collections() > 0) {
            out.append(String.format(Locale.ROOT, "GC: %s paused (%.1f%% of wall), longest pause %s, %d collections in the recording%n",
                    Durations.format(s.gc().pauseNanos()), 100 * s.gc().pauseShare(), Durations.format(s.gc().longestPauseNanos()),
                    s.gc().collections()));
        }
    }

    private void cpu(StringBuilder out, ScopeProfile s) {
        if (s.cpuSamples() == 0) {
            out.append("CPU: no samples\n");
            return;
        }
        out.append(String.format(Locale.ROOT, "CPU, top %d by total (cumulative) share:%n", rows));
        out.append(String.format(Locale.ROOT, "  %7s %7s %7s %8s  %-60s %s%n", "total%", "own%", "self%", "samples", "method", "hot line"));
        List<MethodStat> methods = s.methods().stream().limit(rows).toList();
        for (MethodStat m : methods) {
            String hot = m.hotLine() > 0 ? String.format(Locale.ROOT, "%s (%.0f%%)", m.location(), 100 * m.hotLineShare()) : "";
            if (m.caller() != null && m.selfSamples() > 0) {
                hot = hot.isEmpty() ? "from " + m.caller() : hot + " from " + m.caller();
            }
            String own = m.application() ? String.format(Locale.ROOT, "%6.1f%%", 100 * m.ownShare()) : "      -";
            out.append(String.format(Locale.ROOT, "  %6.1f%% %s %6.1f%% %8d  %-60s %s%n", 100 * m.totalShare(), own, 100 * m.selfShare(),
                    m.totalSamples(), clip(m.method(), 60), hot).stripTrailing()).append('\n');
        }
        List<MethodStat> byOwn = s.methodsByOwn().stream().limit(5).toList();
        if (!byOwn.isEmpty()) {
            out.append("  hottest application code (own = self + the JDK/library calls it makes): ");
            out.append(String.join(", ", byOwn.stream().map(m -> String.format(Locale.ROOT, "%s %.1f%%",
                    m.location(), 100 * m.ownShare())).toList())).append('\n');
        }
        List<MethodStat> bySelf = s.methodsBySelf().stream().limit(5).filter(m -> m.selfSamples() > 0).toList();
        out.append("  hottest by self: ");
        out.append(String.join(", ", bySelf.stream().map(m -> String.format(Locale.ROOT, "%s %.1f%%",
                m.hotLine() > 0 ? m.location() : m.method(), 100 * m.selfShare())).toList())).append('\n');
    }

    private void allocation(StringBuilder out, ScopeProfile s) {
        if (s.allocatedBytes() == 0) {
            return;
        }
        out.append(String.format(Locale.ROOT, "allocation (~%s sampled%s):%n", Durations.bytes(s.allocatedBytes()),
                s.requests() > 0 ? ", ~" + Durations.bytes((double) s.allocatedBytes() / s.requests()) + " per request" : ""));
        for (AllocationSite a : s.allocationSites().stream().limit(Math.min(rows, 10)).toList()) {
            out.append(String.format(Locale.ROOT, "  %6.1f%% %10s  %-22s %s%n", 100 * a.share(), Durations.bytes(a.bytes()),
                    clip(a.type(), 22), a.site()));
        }
    }

    private void waits(StringBuilder out, ScopeProfile s) {
        if (s.waits().isEmpty()) {
            return;
        }
        out.append("off-CPU (recorded waits):");
        for (WaitTotal w : s.waits()) {
            out.append(String.format(Locale.ROOT, "  %s %s (%d)", w.kind().label(), Durations.format(w.totalNanos()), w.count()));
        }
        out.append('\n');
        for (WaitSite w : s.waitSites().stream().sorted(Comparator.comparingLong(WaitSite::totalNanos).reversed()).limit(Math.min(rows, 10)).toList()) {
            out.append(String.format(Locale.ROOT, "  %-13s %9s %5d×  %s%s%n", w.kind().label(), Durations.format(w.totalNanos()), w.count(),
                    w.site(), w.subject().isEmpty() ? "" : " on " + w.subject()));
        }
    }

    private void stalls(StringBuilder out, ScopeProfile s) {
        if (s.stalls().isEmpty()) {
            return;
        }
        out.append("event-loop stalls:\n");
        for (Stall st : s.stalls().stream().limit(rows).toList()) {
            out.append(String.format(Locale.ROOT, "  %-13s %5d×  max %9s  %s on %s%n", st.cause(), st.count(),
                    Durations.format(st.maxNanos()), st.site(), st.thread()));
        }
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : "…" + s.substring(s.length() - width + 1);
    }
}
