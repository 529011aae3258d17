package io.perfloop.profile.detect;

import io.perfloop.core.finding.Finding;
import io.perfloop.core.finding.Rule;
import io.perfloop.core.finding.RuleConfig;
import io.perfloop.core.finding.RuleSpec;
import io.perfloop.core.finding.Severity;
import io.perfloop.profile.analysis.Durations;
import io.perfloop.profile.analysis.FrameKind;
import io.perfloop.profile.analysis.MethodStat;
import io.perfloop.profile.analysis.ScopeProfile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A method that holds a large share of the scope's CPU samples itself (self time), with the line
 * inside it that holds most of them. Where the method is the JDK's, a library's or native code
 * (an intrinsic, {@code libmSin}), the finding points at the application line that called it.
 *
 * <p>Settings: {@code hot-method.min-self-percent} (default 10), {@code hot-method.min-samples}
 * (default 20), {@code hot-method.max-findings} per scope (default 3).
 */
@RuleSpec(id = "hot-method", summary = "One method (and line) holds a large share of the CPU samples itself",
        severity = Severity.WARNING, tags = {"cpu", "profile"})
public final class HotMethodRule implements Rule<ScopeProfile> {
    static final String ID = "hot-method";

    @Override
    public Class<ScopeProfile> evidenceType() {
        return ScopeProfile.class;
    }

    @Override
    public List<Finding> check(ScopeProfile scope, RuleConfig config) {
        int minPercent = config.intValue(ID, "min-self-percent", 10);
        int minSamples = config.intValue(ID, "min-samples", 20);
        int max = config.intValue(ID, "max-findings", 3);
        List<Finding> findings = new ArrayList<>();
        for (MethodStat m : scope.methodsBySelf()) {
            if (findings.size() >= max || m.selfSamples() < minSamples || 100 * m.selfShare() < minPercent) {
                break;
            }
            findings.add(finding(scope, m));
        }
        return findings;
    }

    private static Finding finding(ScopeProfile scope, MethodStat m) {
        boolean application = m.caller() == null && m.kind() == FrameKind.JAVA;
        String where = application || m.caller() == null ? m.location() : m.caller();
        long selfNanos = m.selfSamples() * scope.cpuIntervalNanos();
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("self share", Gains.percent(m.selfShare()) + " of " + scope.cpuSamples() + " CPU samples");
        evidence.put("total share", Gains.percent(m.totalShare()));
        evidence.put("self CPU time", "~" + Durations.format(selfNanos));
        if (m.hotLine() > 0) {
            evidence.put("hot line", m.location() + " (" + Gains.percent(m.hotLineShare()) + " of the method's samples)");
        }
        if (m.caller() != null) {
            evidence.put("called from", m.caller());
        }
        if (!scope.overall()) {
            evidence.put("endpoint wall time", Durations.format(scope.wallNanos()) + " over " + scope.requests() + " requests");
        }
        String title = "Hot method: " + m.method() + " takes " + Gains.percent(m.selfShare()) + " of the CPU samples"
                + (m.hotLine() > 0 ? ", mostly line " + m.hotLine() : "") + (m.caller() != null ? " (called from " + m.caller() + ")" : "");
        return new Finding(ID, title, Severity.WARNING, Gains.scopeName(scope), where, evidence, null, fix(m), Gains.ofWall(scope, selfNanos));
    }

    private static String fix(MethodStat m) {
        if (m.kind() != FrameKind.JAVA) {
            return "The time is in native code (" + m.method() + ")" + (m.caller() != null ? " reached from " + m.caller() : "")
                    + ": call it less often (hoist it out of the loop, cache its result) or use a cheaper operation.";
        }
        if (m.caller() != null) {
            return "The time is inside " + m.method() + ", a JDK or library method, reached from " + m.caller()
                    + ": call it less often there (cache, batch, hoist out of the loop) or pick a cheaper API.";
        }
        return "Start at " + m.location() + ": do less per call there (a better algorithm or data structure, "
                + "cache what is recomputed, avoid repeated conversions), then profile again to confirm the share dropped.";
    }
}
