package io.perfloop.profile.scenario;

import io.perfloop.core.finding.Finding;
import io.perfloop.core.finding.RuleConfig;
import io.perfloop.profile.analysis.MethodStat;
import io.perfloop.profile.analysis.ProfileAnalysis;
import io.perfloop.profile.analysis.ScopeProfile;
import io.perfloop.profile.analysis.WaitKind;
import io.perfloop.profile.record.CpuSampler;
import io.perfloop.profile.record.RecordingOptions;
import io.perfloop.profile.report.ProfileTable;
import io.perfloop.profile.testapp.Scenarios;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bottlenecks of {@link Scenarios}, each an endpoint next to its harmless twin, recorded with
 * async-profiler and JFR in a forked JVM and analysed per endpoint. One subclass per JDK.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractScenariosTest {
    static final String APP = "io.perfloop.profile.testapp.";

    ProfileAnalysis analysis;
    List<Finding> findings;
    ForkedRun run;

    abstract Path jdk();

    abstract String phases();

    @BeforeAll
    void record(@TempDir Path dir) throws Exception {
        run = ForkedRun.run(jdk(), RecordingOptions.defaults().withSampler(CpuSampler.ASYNC_PROFILER), dir,
                List.of("-Xmx128m", "-XX:+UseSerialGC"), Scenarios.class, phases());
        analysis = run.analyze();
        findings = analysis.findings(RuleConfig.defaults());
        System.out.println(new ProfileTable(8).render(analysis, findings));
    }

    ScopeProfile endpoint(String name) {
        return analysis.endpoint(name).orElseThrow(() -> new AssertionError("no endpoint " + name));
    }

    List<Finding> findings(String rule, String endpoint) {
        return findings.stream().filter(f -> f.ruleId().equals(rule) && f.scope().equals(endpoint)).toList();
    }

    @Test
    void hotLoop_isTheTopSelfMethodWithItsLine() throws Exception {
        ScopeProfile hot = endpoint("hot-loop");
        MethodStat top = hot.methodsBySelf().get(0);
        assertThat(top.method()).isEqualTo(APP + "HotLoop.mix");
        assertThat(top.hotLine()).isEqualTo(SourceMarkers.line("HotLoop", "// HOT LINE"));
        assertThat(findings("hot-method", "hot-loop")).first()
                .satisfies(f -> assertThat(f.callSite()).isEqualTo(APP + "HotLoop.mix(HotLoop.java:" + top.hotLine() + ")"))
                // the gain is the method's own CPU time (self + JDK calls) as a share of the endpoint's wall time (on a busy machine
                // the wall time includes waiting for a CPU, so the share is not near 1)
                .satisfies(f -> assertThat(f.predictedGain())
                        .isCloseTo((double) top.ownSamples() * hot.cpuIntervalNanos() / hot.wallNanos(), org.assertj.core.data.Offset.offset(1e-9))
                        .isGreaterThan(0.05));
    }

    @Test
    void samplingAccuracy_asyncProfilerTakesAtLeast90PercentOfTheSamplesDue() {
        ScopeProfile hot = endpoint("hot-loop");
        double due = run.cpuNanos.get("hot-loop") / (double) hot.cpuIntervalNanos();
        assertThat(analysis.recording().cpuSampler()).isEqualTo("async-profiler");
        assertThat(hot.cpuSamples()).as("samples vs %.0f due from the loop's measured CPU time", due).isGreaterThanOrEqualTo((long) (0.9 * due));
        assertThat(analysis.sampling().low()).as(analysis.sampling().message()).isFalse();
    }

    @Test
    void waitingEndpoint_showsAsWaitingNotAsCpu() {
        ScopeProfile waiting = endpoint("waiting");
        assertThat(findings("hot-method", "waiting")).isEmpty();
        assertThat(waiting.cpuNanos()).isLessThan(waiting.wallNanos() / 10);
        assertThat(waiting.waits()).anySatisfy(w -> {
            assertThat(w.kind()).isEqualTo(WaitKind.SLEEP);
            assertThat(w.share()).isGreaterThan(0.8);
        });
    }

    @Test
    void bigReport_isTheTopAllocationSiteOfItsEndpoint() throws Exception {
        int line = SourceMarkers.line("Allocations", "// ALLOCATION SITE");
        assertThat(endpoint("big-report").allocationSites().get(0).site()).isEqualTo(APP + "Allocations.renderReport(Allocations.java:" + line + ")");
        assertThat(findings("allocation-hotspot", "big-report")).singleElement()
                .satisfies(f -> assertThat(f.fix()).contains("stream"));
        assertThat(findings("allocation-hotspot", "small-sum")).isEmpty();
    }

    @Test
    void contendedLocks_foundUncontendedNot() throws Exception {
        assertThat(findings("lock-contention", "contended-monitor")).first().satisfies(f -> {
            assertThat(f.callSite()).isEqualTo(APP + "Locks.guardedSleep(Locks.java:" + SourceMarkers.line("Locks", "// CONTENDED MONITOR") + ")");
            assertThat(f.evidence().get("kind")).isEqualTo("synchronized");
        });
        assertThat(findings("lock-contention", "contended-lock")).first().satisfies(f -> {
            assertThat(f.callSite()).isEqualTo(APP + "Locks.lockedSleep(Locks.java:" + SourceMarkers.line("Locks", "// CONTENDED LOCK") + ")");
            assertThat(f.evidence().get("kind")).isEqualTo("j.u.c lock");
        });
        assertThat(findings("lock-contention", "uncontended-monitor")).isEmpty();
    }

    @Test
    void blockingCallOnEventLoop_foundOnWorkerNot() throws Exception {
        assertThat(findings("blocking-on-event-loop", "loop-blocking")).singleElement().satisfies(f -> {
            assertThat(f.callSite()).isEqualTo(APP + "SlowServer.call(SlowServer.java:" + SourceMarkers.line("SlowServer", "// BLOCKING CALL") + ")");
            assertThat(f.evidence().get("cause")).isEqualTo("socket I/O");
            assertThat(f.evidence().get("thread")).isEqualTo("nioEventLoopGroup-3-1");
        });
        assertThat(findings("blocking-on-event-loop", "worker-blocking")).isEmpty();
        assertThat(findings("blocking-on-event-loop", "loop-nonblocking")).isEmpty();
        assertThat(endpoint("worker-blocking").waits()).anySatisfy(w -> assertThat(w.kind()).isEqualTo(WaitKind.SOCKET_IO));
    }

    @Test
    void gcChurn_foundQuietNot() {
        assertThat(findings("gc-pressure", "gc-churn")).singleElement()
                .satisfies(f -> assertThat(f.predictedGain()).isGreaterThan(0.05));
        assertThat(findings("gc-pressure", "quiet")).isEmpty();
    }
}
