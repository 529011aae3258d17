package io.perfloop.profile.detect;

import io.perfloop.core.finding.Finding;
import io.perfloop.core.finding.Rule;
import io.perfloop.core.finding.RuleConfig;
import io.perfloop.core.finding.RuleSpec;
import io.perfloop.core.finding.Severity;
import io.perfloop.profile.analysis.AllocationSite;
import io.perfloop.profile.analysis.Durations;
import io.perfloop.profile.analysis.GcSummary;
import io.perfloop.profile.analysis.ScopeProfile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stop-the-world GC pauses take a noticeable share of the scope's wall time: of the recording, or
 * of an endpoint's requests (pauses overlapping them). Every request in flight waits out a pause,
 * so the pause share is the predicted gain of making them go away.
 *
 * <p>Settings: {@code gc-pressure.min-pause-percent} (default 5).
 */
@RuleSpec(id = "gc-pressure", summary = "GC pauses take a noticeable share of the wall time",
        severity = Severity.WARNING, tags = {"gc", "memory", "profile"})
public final class GcPressureRule implements Rule<ScopeProfile> {
    static final String ID = "gc-pressure";

    @Override
    public Class<ScopeProfile> evidenceType() {
        return ScopeProfile.class;
    }

    @Override
    public List<Finding> check(ScopeProfile scope, RuleConfig config) {
        int minPercent = config.intValue(ID, "min-pause-percent", 5);
        GcSummary gc = scope.gc();
        if (gc.pauseNanos() == 0 || 100 * gc.pauseShare() < minPercent) {
            return List.of();
        }
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("paused", Durations.format(gc.pauseNanos()) + " of " + Durations.format(scope.wallNanos()) + " wall");
        evidence.put("pause share", Gains.percent(gc.pauseShare()));
        evidence.put("longest pause", Durations.format(gc.longestPauseNanos()));
        evidence.put("collections in the recording", gc.collections());
        evidence.put("allocation rate", Durations.bytes(gc.allocationBytesPerSecond()) + "/s");
        if (gc.heapUsedAfterGcMax() > 0) {
            evidence.put("heap used after GC (max)", Durations.bytes(gc.heapUsedAfterGcMax()));
        }
        String top = scope.allocationSites().isEmpty() ? null : scope.allocationSites().get(0).site();
        if (top != null) {
            AllocationSite a = scope.allocationSites().get(0);
            evidence.put("top allocation site", a.site() + " (" + Gains.percent(a.share()) + ", " + a.type() + ")");
        }
        String title = "GC pressure: pauses take " + Gains.percent(gc.pauseShare()) + " of the wall time ("
                + Durations.format(gc.pauseNanos()) + ", allocating " + Durations.bytes(gc.allocationBytesPerSecond()) + "/s)";
        double gain = scope.overall() ? Math.min(1, gc.pauseShare()) : Gains.ofWall(scope, gc.pauseNanos());
        return List.of(new Finding(ID, title, Severity.WARNING, Gains.scopeName(scope), top, evidence, null, fix(top), gain));
    }

    private static String fix(String topSite) {
        return "Allocate less" + (topSite == null ? "" : ", starting with " + topSite) + " (see allocation-hotspot); "
                + "if the live set is close to the heap size, give the heap room (-Xmx, or -XX:MaxRAMPercentage in containers); "
                + "for latency, keep pauses short with G1's -XX:MaxGCPauseMillis or a concurrent collector (-XX:+UseZGC, generational on 21+).";
    }
}
