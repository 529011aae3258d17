package io.perfloop.junit.benchmark;

import io.perfloop.junit.benchmark.BenchmarkFixtures.HeavyFirstCall;
import io.perfloop.junit.benchmark.BenchmarkFixtures.UnusedResult;
import io.perfloop.junit.benchmark.BenchmarkFixtures.UsedTwice;
import io.perfloop.junit.benchmark.internal.RunStorage;
import io.perfloop.junit.benchmark.internal.SavedRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The fixture measured through the real JUnit engine: warmup, cold start, the Blackhole, misuse. */
class BenchmarkFixtureTest {
    /** Short enough to keep the suite quick; the calibration still makes thousands of rounds. */
    static final String MAX_TIME = "0.25s";

    @Test
    void coldStart_warnsWhenWarmupIsOff() {
        FixtureRun run = FixtureRun.of(Map.of("perfloop.benchmark.warmup", "false", "perfloop.benchmark.maxTime", MAX_TIME),
                HeavyFirstCall.class);
        run.results().testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
        assertThat(run.reportEntries("perfloop.benchmark.warning")).singleElement().asString()
                .startsWith("benchmark 'HeavyFirstCall.lookup': the first timed run took ")
                .contains("× the median of", "modified Z-score", "the code ran cold")
                .contains("Warmup is off (perfloop.benchmark.warmup=false or a zero warmup): turn it on");
        assertThat(run.output()).contains("Warnings:\n  benchmark 'HeavyFirstCall.lookup': the first timed run took");
    }

    @Test
    void coldStart_silentWithTheDefaultWarmup() {
        FixtureRun run = FixtureRun.of(Map.of("perfloop.benchmark.maxTime", MAX_TIME), HeavyFirstCall.class);
        run.results().testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
        // The heavy first call (hundreds of ms) is absorbed by the warmup. On a machine loaded far
        // beyond its cores (load 15 on 2) the JIT can still lag the warmup by some rounds, which the
        // check rightly reports in ns or us per call; what must not appear is the first call.
        assertThat(run.reportEntries("perfloop.benchmark.warning"))
                .noneMatch(w -> w.matches("(?s).*the first timed run took [0-9.]+ (ms|s) per call.*"));
        assertThat(run.output()).contains("HeavyFirstCall.lookup");
    }

    @Test
    void unusedResult_isStillMeasured(@TempDir Path storage) {
        FixtureRun run = FixtureRun.of(Map.of("perfloop.benchmark.maxTime", MAX_TIME, "perfloop.benchmark.warmupTime", "0.3s",
                "perfloop.benchmark.storage", storage.toString(), "perfloop.benchmark.save", "blackhole"), UnusedResult.class);
        run.results().testEvents().assertStatistics(s -> s.succeeded(2));
        SavedRun saved = RunStorage.read(new RunStorage(storage, io.perfloop.junit.benchmark.internal.MachineInfo.machineId()).saved().get(0));
        double returned = median(saved, "UnusedResult.returned");
        double discarded = median(saved, "UnusedResult.discardedInsideTarget");
        // 200 dependent xorshift steps take several hundred cycles: ~100 ns or more on any current CPU
        assertThat(returned).as("median seconds per call, result consumed by the Blackhole").isGreaterThan(30e-9);
        // the control shows the JIT does drop the same work when nothing consumes it
        assertThat(discarded).as("median seconds per call, result discarded").isLessThan(returned / 5);
    }

    @Test
    void oneFixtureMeasuresOneTarget() {
        FixtureRun run = FixtureRun.of(Map.of("perfloop.benchmark.maxTime", "0.05s", "perfloop.benchmark.warmupTime", "0.05s"),
                UsedTwice.class);
        assertThat(run.testFailures()).singleElement().asString()
                .isEqualTo("benchmark 'UsedTwice.twice' was already used: one fixture measures one target per test; "
                        + "split the test or use a parameterised test");
    }

    private static double median(SavedRun run, String name) {
        return run.benchmarks().stream().filter(b -> b.name().equals(name)).findFirst().orElseThrow().stats().median();
    }
}
