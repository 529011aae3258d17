package io.perfloop.profile.detect;

import io.perfloop.core.finding.Finding;
import io.perfloop.core.finding.Rule;
import io.perfloop.core.finding.RuleConfig;
import io.perfloop.core.finding.RuleSpec;
import io.perfloop.core.finding.Severity;
import io.perfloop.profile.analysis.Durations;
import io.perfloop.profile.analysis.ScopeProfile;
import io.perfloop.profile.analysis.WaitKind;
import io.perfloop.profile.analysis.WaitSite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Threads blocked on one lock — a {@code synchronized} monitor or a {@code java.util.concurrent}
 * lock — for a noticeable share of the scope's wall time. For an endpoint, the blocked time inside
 * its requests is what removing the contention can give back.
 *
 * <p>Settings: {@code lock-contention.min-millis} of blocked time per site (default 50),
 * {@code lock-contention.min-percent} of the scope's wall time (default 5).
 */
@RuleSpec(id = "lock-contention", summary = "Threads wait a noticeable share of the time for one lock",
        severity = Severity.WARNING, tags = {"locks", "concurrency", "profile"})
public final class LockContentionRule implements Rule<ScopeProfile> {
    static final String ID = "lock-contention";

    @Override
    public Class<ScopeProfile> evidenceType() {
        return ScopeProfile.class;
    }

    @Override
    public List<Finding> check(ScopeProfile scope, RuleConfig config) {
        long minNanos = config.intValue(ID, "min-millis", 50) * 1_000_000L;
        int minPercent = config.intValue(ID, "min-percent", 5);
        List<Finding> findings = new ArrayList<>();
        for (WaitSite lock : scope.locks()) {
            if (lock.totalNanos() >= minNanos && 100 * lock.share() >= minPercent) {
                findings.add(finding(scope, lock));
            }
        }
        return findings;
    }

    private static Finding finding(ScopeProfile scope, WaitSite lock) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("lock", lock.subject().isEmpty() ? "?" : lock.subject());
        evidence.put("kind", lock.kind().label());
        evidence.put("blocked", Durations.format(lock.totalNanos()) + " in " + lock.count() + " waits");
        evidence.put("longest wait", Durations.format(lock.maxNanos()));
        evidence.put("share of wall time", Gains.percent(lock.share()) + (scope.overall() ? " (summed over threads)" : ""));
        evidence.put("waiting in", lock.topFrame());
        String title = "Lock contention: " + Durations.format(lock.totalNanos()) + " blocked on "
                + (lock.subject().isEmpty() ? "a lock" : lock.subject()) + " at " + lock.site();
        return new Finding(ID, title, Severity.WARNING, Gains.scopeName(scope), lock.site(), evidence, null, fix(lock),
                Gains.ofWall(scope, lock.totalNanos()));
    }

    private static String fix(WaitSite lock) {
        String common = "Hold the lock for less: move I/O, logging and computation out of the critical section; "
                + "keep per-thread or striped state (LongAdder, ConcurrentHashMap.compute, atomics) instead of one shared lock";
        if (lock.kind() == WaitKind.MONITOR_ENTER) {
            return common + "; for read-mostly data use a ReadWriteLock/StampedLock or an immutable copy-on-write snapshot "
                    + "instead of synchronized on " + (lock.subject().isEmpty() ? "the monitor" : lock.subject()) + ".";
        }
        return common + "; for read-mostly data use StampedLock optimistic reads or an immutable snapshot.";
    }
}
