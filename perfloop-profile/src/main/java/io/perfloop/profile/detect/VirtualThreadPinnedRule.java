package io.perfloop.profile.detect;

import io.perfloop.core.finding.Finding;
import io.perfloop.core.finding.Rule;
import io.perfloop.core.finding.RuleConfig;
import io.perfloop.core.finding.RuleSpec;
import io.perfloop.core.finding.Severity;
import io.perfloop.profile.analysis.Durations;
import io.perfloop.profile.analysis.PinnedSite;
import io.perfloop.profile.analysis.ScopeProfile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Virtual threads that blocked while pinned to their carrier ({@code jdk.VirtualThreadPinned},
 * JDK 21+): the carrier cannot run other virtual threads meanwhile, so a few pinned waits can stall
 * the whole scheduler (the carrier pool has one thread per core). Since JDK 24 a
 * {@code synchronized} block no longer pins; native frames (JNI, foreign upcalls) and class
 * initializers still do.
 *
 * <p>Settings: {@code virtual-thread-pinned.min-millis} of pinned time per site (default 20).
 */
@RuleSpec(id = "virtual-thread-pinned", summary = "Virtual threads block while pinned to their carrier thread",
        severity = Severity.WARNING, tags = {"virtual-threads", "loom", "profile"})
public final class VirtualThreadPinnedRule implements Rule<ScopeProfile> {
    static final String ID = "virtual-thread-pinned";

    @Override
    public Class<ScopeProfile> evidenceType() {
        return ScopeProfile.class;
    }

    @Override
    public List<Finding> check(ScopeProfile scope, RuleConfig config) {
        long minNanos = config.intValue(ID, "min-millis", 20) * 1_000_000L;
        List<Finding> findings = new ArrayList<>();
        for (PinnedSite p : scope.pinned()) {
            if (p.totalNanos() >= minNanos) {
                findings.add(finding(scope, p));
            }
        }
        return findings;
    }

    private static Finding finding(ScopeProfile scope, PinnedSite p) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("reason", p.reason());
        evidence.put("pinned waits", p.count());
        evidence.put("pinned time", Durations.format(p.totalNanos()));
        evidence.put("longest", Durations.format(p.maxNanos()));
        evidence.put("blocked in", p.blockingFrame());
        String title = "Virtual thread pinned: blocked " + Durations.format(p.totalNanos()) + " while pinned at " + p.site()
                + " (" + p.reason() + ")";
        return new Finding(ID, title, Severity.WARNING, Gains.scopeName(scope), p.site(), evidence, null, fix(p.reason()),
                Gains.ofWall(scope, p.totalNanos()));
    }

    static String fix(String reason) {
        String r = reason.toLowerCase(java.util.Locale.ROOT);
        if (r.contains("initializer") || r.contains("clinit")) {
            return "Do not block in a static initializer: initialise lazily outside <clinit> (a holder created on first use "
                    + "by ordinary code), or do the I/O before the class is first touched.";
        }
        if (r.contains("native") || r.contains("vm frame")) {
            return "A native frame (JNI or a foreign-function upcall) sits below the blocking call: do not block inside "
                    + "native callbacks; return to Java first, or run that work on a platform thread.";
        }
        return "On JDK 21–23 a synchronized block pins: upgrade to JDK 24+ (JEP 491), or guard the blocking section with a "
                + "ReentrantLock instead of synchronized.";
    }
}
