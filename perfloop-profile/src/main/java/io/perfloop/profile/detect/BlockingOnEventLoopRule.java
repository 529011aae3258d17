package io.perfloop.profile.detect;

import io.perfloop.core.finding.Finding;
import io.perfloop.core.finding.Rule;
import io.perfloop.core.finding.RuleConfig;
import io.perfloop.core.finding.RuleSpec;
import io.perfloop.core.finding.Severity;
import io.perfloop.profile.analysis.Durations;
import io.perfloop.profile.analysis.ScopeProfile;
import io.perfloop.profile.analysis.Stall;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An event-loop thread (Netty, Vert.x, Reactor — names configurable in the analysis options) that
 * stopped serving its loop for longer than the threshold: blocked in any recorded wait (socket or
 * file I/O, a lock, a park, a sleep), or running one task on the CPU for that long. Found by
 * elapsed time, so blocking calls no list knows about are found too. Every connection on that
 * loop waits meanwhile.
 *
 * <p>Settings: {@code blocking-on-event-loop.min-millis} (default 20).
 */
@RuleSpec(id = "blocking-on-event-loop", summary = "An event-loop thread blocks or runs one task for too long",
        severity = Severity.ERROR, tags = {"reactive", "netty", "latency", "profile"})
public final class BlockingOnEventLoopRule implements Rule<ScopeProfile> {
    static final String ID = "blocking-on-event-loop";

    @Override
    public Class<ScopeProfile> evidenceType() {
        return ScopeProfile.class;
    }

    @Override
    public List<Finding> check(ScopeProfile scope, RuleConfig config) {
        long minNanos = config.intValue(ID, "min-millis", 20) * 1_000_000L;
        List<Finding> findings = new ArrayList<>();
        for (Stall stall : scope.stalls()) {
            if (stall.maxNanos() >= minNanos) {
                findings.add(finding(scope, stall));
            }
        }
        return findings;
    }

    private static Finding finding(ScopeProfile scope, Stall stall) {
        boolean cpu = stall.cause().equals("cpu");
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("thread", stall.thread());
        evidence.put("cause", cpu ? "one task on the CPU" : stall.cause());
        evidence.put("stalls", stall.count());
        evidence.put("longest", Durations.format(stall.maxNanos()));
        evidence.put("total", Durations.format(stall.totalNanos()));
        evidence.put(cpu ? "task" : "blocked in", stall.topFrame());
        String title = (cpu ? "Event loop busy: a task ran " : "Blocking on the event loop: " + stall.cause() + " for ")
                + Durations.format(stall.maxNanos()) + " on " + stall.thread() + " at " + stall.site();
        String fix = cpu
                ? "Move the CPU-heavy work off the loop (Reactor: publishOn(Schedulers.parallel()) or boundedElastic; "
                + "Vert.x: executeBlocking or a worker verticle; Netty: a separate EventExecutorGroup) or split it into small steps."
                : "Do not block the loop: run the call on a worker (Reactor: subscribeOn/publishOn(Schedulers.boundedElastic()); "
                + "Vert.x: executeBlocking; Netty: a separate EventExecutorGroup) or use a non-blocking client "
                + "(R2DBC or the Vert.x SQL client instead of JDBC, WebClient instead of a blocking HTTP client).";
        return new Finding(ID, title, Severity.ERROR, Gains.scopeName(scope), stall.site(), evidence, null, fix,
                Gains.ofWall(scope, stall.totalNanos()));
    }
}
