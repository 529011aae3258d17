package io.perfloop.profile.detect;

import io.perfloop.core.finding.Finding;
import io.perfloop.core.finding.Rule;
import io.perfloop.core.finding.RuleConfig;
import io.perfloop.core.finding.RuleSpec;
import io.perfloop.core.finding.Severity;
import io.perfloop.profile.analysis.Durations;
import io.perfloop.profile.analysis.MethodStat;
import io.perfloop.profile.analysis.ScopeProfile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A method that holds a large share of the scope's CPU samples, with the line inside it that holds
 * most of them. An application method is judged by its <em>own</em> time: samples where it is the
 * first application frame from the top, i.e. its self time plus the JDK, library and native code
 * it calls directly ({@code String.format}, an intrinsic) — the time a change to that method can
 * remove. A JDK, library or native method no single application method accounts for is reported by
 * its self time, with the application frame that most often led to it.
 *
 * <p>An endpoint whose requests spend at least {@code max-wait-percent} of their wall time in
 * recorded waits (socket and file I/O, locks, parks, sleeps) gets no hot-method finding: it waits —
 * on its database, a downstream call, a lock — and a faster method would not make it noticeably
 * faster; the wait findings say where its time goes. (Recorded waits, not CPU share: on a busy
 * machine wall time also holds the wait for a CPU, which makes every endpoint look idle.)
 *
 * <p>Settings: {@code hot-method.min-percent} (default 10), {@code hot-method.min-samples}
 * (default 20), {@code hot-method.max-findings} per scope (default 3),
 * {@code hot-method.max-wait-percent} of an endpoint's wall time (default 50).
 */
@RuleSpec(id = "hot-method", summary = "One method (and line) holds a large share of the CPU samples",
        severity = Severity.WARNING, tags = {"cpu", "profile"})
public final class HotMethodRule implements Rule<ScopeProfile> {
    static final String ID = "hot-method";

    @Override
    public Class<ScopeProfile> evidenceType() {
        return ScopeProfile.class;
    }

    @Override
    public List<Finding> check(ScopeProfile scope, RuleConfig config) {
        int minPercent = config.intValue(ID, "min-percent", 10);
        int minSamples = config.intValue(ID, "min-samples", 20);
        int max = config.intValue(ID, "max-findings", 3);
        int maxWaitPercent = config.intValue(ID, "max-wait-percent", 50);
        List<Finding> findings = new ArrayList<>();
        if (!scope.overall() && 100.0 * scope.waitNanos() >= maxWaitPercent * (double) scope.wallNanos()) {
            return findings; // the endpoint waits rather than computes
        }
        Set<String> reported = new HashSet<>();
        for (MethodStat m : scope.methodsByOwn()) {
            if (findings.size() >= max || !hot(m.ownSamples(), m.ownShare(), minSamples, minPercent)) {
                break;
            }
            findings.add(application(scope, m));
            reported.add(m.location());
        }
        for (MethodStat m : scope.methodsBySelf()) {
            if (findings.size() >= max || !hot(m.selfSamples(), m.selfShare(), minSamples, minPercent)) {
                break;
            }
            if (!m.application() && (m.caller() == null || !reported.contains(m.caller()))) {
                findings.add(library(scope, m));
            }
        }
        return findings;
    }

    private static boolean hot(long samples, double share, int minSamples, int minPercent) {
        return samples >= minSamples && 100 * share >= minPercent;
    }

    private static Finding application(ScopeProfile scope, MethodStat m) {
        long ownNanos = m.ownSamples() * scope.cpuIntervalNanos();
        Map<String, Object> evidence = evidence(scope, m);
        evidence.put("own share", Gains.percent(m.ownShare()) + " of " + scope.cpuSamples() + " CPU samples (its code and the JDK/library calls it makes)");
        evidence.put("own CPU time", "~" + Durations.format(ownNanos));
        evidence.put("hot line", m.location() + " (" + Gains.percent(m.hotLineShare()) + " of its own samples)");
        String title = "Hot method: " + m.method() + " uses " + Gains.percent(m.ownShare()) + " of the CPU samples"
                + (m.hotLine() > 0 ? ", mostly line " + m.hotLine() : "");
        String fix = "Start at " + m.location() + (m.selfShare() < m.ownShare() / 2
                ? ": most of its time is in the JDK or library code it calls from there — call it less often (cache the result, "
                + "hoist it out of the loop) or use a cheaper operation"
                : ": do less per call there (a better algorithm or data structure, cache what is recomputed, avoid repeated conversions)")
                + "; then profile again to confirm the share dropped.";
        return new Finding(ID, title, Severity.WARNING, Gains.scopeName(scope), m.location(), evidence, null, fix,
                Gains.ofWall(scope, ownNanos));
    }

    private static Finding library(ScopeProfile scope, MethodStat m) {
        long selfNanos = m.selfSamples() * scope.cpuIntervalNanos();
        Map<String, Object> evidence = evidence(scope, m);
        if (m.caller() != null) {
            evidence.put("called from", m.caller());
        }
        String title = "Hot method: " + m.method() + " takes " + Gains.percent(m.selfShare()) + " of the CPU samples"
                + (m.caller() != null ? " (called from " + m.caller() + ")" : "");
        String fix = m.caller() != null
                ? "The time is inside " + m.method() + " reached from " + m.caller()
                + ": call it less often there (cache, batch, hoist out of the loop) or pick a cheaper API."
                : "The time is in " + m.method() + " with no application code on the stack (JVM, GC or framework threads): "
                + "see the flame graph for what drives it (allocation drives GC, class loading drives the JIT).";
        return new Finding(ID, title, Severity.WARNING, Gains.scopeName(scope), m.caller() != null ? m.caller() : m.location(),
                evidence, null, fix, Gains.ofWall(scope, selfNanos));
    }

    private static Map<String, Object> evidence(ScopeProfile scope, MethodStat m) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("self share", Gains.percent(m.selfShare()));
        evidence.put("total share", Gains.percent(m.totalShare()));
        if (!scope.overall()) {
            evidence.put("endpoint wall time", Durations.format(scope.wallNanos()) + " over " + scope.requests() + " requests");
        }
        return evidence;
    }
}
