package io.perfloop.junit.benchmark;

import io.perfloop.junit.benchmark.BenchmarkFixtures.Counted;
import io.perfloop.junit.benchmark.BenchmarkFixtures.Spin;
import io.perfloop.junit.benchmark.BenchmarkFixtures.Throws;
import io.perfloop.junit.benchmark.internal.MachineInfo;
import io.perfloop.junit.benchmark.internal.RunStorage;
import io.perfloop.junit.benchmark.internal.SavedRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Saving and comparing runs through the real JUnit engine. The injected slowdowns are more work
 * ({@link BenchmarkFixtures#workFactor} × the spin's tokens), not sleeps, so they hold on a busy
 * machine: a busy core slows both runs' rounds alike, and block medians ignore preempted rounds.
 */
class SaveCompareTest {
    @TempDir
    Path storage;

    @AfterEach
    void resetWork() {
        BenchmarkFixtures.workFactor = 1.0;
    }

    private FixtureRun run(Map<String, String> extra, Class<?> fixture) {
        Map<String, String> config = new HashMap<>(Map.of("perfloop.benchmark.storage", storage.toString(),
                "perfloop.benchmark.maxTime", "0.25s", "perfloop.benchmark.warmupTime", "0.2s"));
        config.putAll(extra);
        return FixtureRun.of(config, fixture);
    }

    private List<Path> saved() {
        return new RunStorage(storage, MachineInfo.machineId()).saved();
    }

    /** The comparison row of a benchmark: name, unit, old, new, delta, p, p holm, n, verdict, better. */
    private static String comparisonRow(FixtureRun run, String benchmark) {
        String comparison = run.output().substring(run.output().indexOf("Comparison with "));
        return comparison.lines().filter(l -> l.startsWith(benchmark + " ")).findFirst().orElseThrow();
    }

    @Test
    void aa_twoSavedRunsOfTheSameCodeCompareAsNoChange() {
        run(Map.of("perfloop.benchmark.save", "baseline"), Spin.class);
        FixtureRun second = run(Map.of("perfloop.benchmark.compare", "", "perfloop.benchmark.save", ""), Spin.class);

        assertThat(saved()).hasSize(2);
        assertThat(saved().get(0).getFileName().toString()).isEqualTo("0001_baseline.json");
        assertThat(second.output()).contains("Comparison with 0001_baseline.json");
        assertThat(comparisonRow(second, "Spin.changed")).contains(" ~ ").contains("30+30");
        assertThat(comparisonRow(second, "Spin.unchanged")).contains(" ~ ");
        assertThat(second.runFailure()).isEmpty();
    }

    @Test
    void slowdownOf20Percent_regressesAndFailsTheRun() {
        run(Map.of("perfloop.benchmark.save", "baseline"), Spin.class);
        BenchmarkFixtures.workFactor = 1.2;
        FixtureRun slower = run(Map.of("perfloop.benchmark.compare", "1", "perfloop.benchmark.compareFail", "median:5%"), Spin.class);

        slower.runFailure().ifPresent(System.out::println);   // as the build shows it (docs/benchmark-fixture.md)
        assertThat(comparisonRow(slower, "Spin.changed")).contains("REGRESSED");
        assertThat(comparisonRow(slower, "Spin.unchanged")).contains(" ~ ");
        assertThat(slower.runFailure()).hasValueSatisfying(message -> assertThat(message)
                .startsWith("Performance has regressed (compareFail median:5%, against ")
                .containsPattern("Spin\\.changed: median \\+(1[5-9]|2[0-9])\\.\\d% > 5%, a significant regression \\(p holm < 0\\.001\\)")
                .doesNotContain("Spin.unchanged: median"));
        assertThat(slower.results().testEvents().failed().count()).as("the tests themselves pass").isZero();
    }

    @Test
    void changeOf2Percent_doesNotFailAt5Percent() {
        run(Map.of("perfloop.benchmark.save", "baseline"), Spin.class);
        BenchmarkFixtures.workFactor = 1.02;
        FixtureRun slightly = run(Map.of("perfloop.benchmark.compare", "", "perfloop.benchmark.compareFail", "median:5%"), Spin.class);

        assertThat(slightly.output()).contains("Comparison with 0001_baseline.json");
        assertThat(slightly.runFailure()).isEmpty();
    }

    @Test
    void absoluteThreshold_failsOnlyBeyondItsSeconds() {
        run(Map.of("perfloop.benchmark.save", ""), Spin.class);
        BenchmarkFixtures.workFactor = 1.5;
        // the spin takes microseconds: +50 % is far below one second, far above one nanosecond
        assertThat(run(Map.of("perfloop.benchmark.compare", "", "perfloop.benchmark.compareFail", "min:1"), Spin.class)
                .runFailure()).isEmpty();
        assertThat(run(Map.of("perfloop.benchmark.compare", "1", "perfloop.benchmark.compareFail", "min:0.000000001"), Spin.class)
                .runFailure()).hasValueSatisfying(m -> assertThat(m).contains("Spin.changed: min +", " s > 0.000000001 s"));
    }

    @Test
    void targetThatThrows_failsClearlyAndNothingIsSaved() {
        FixtureRun run = run(Map.of("perfloop.benchmark.save", ""), Throws.class);

        run.results().testEvents().assertStatistics(s -> s.succeeded(1).failed(1));
        Throwable failure = run.testThrowables().get(0);
        assertThat(failure).isInstanceOf(BenchmarkException.class)
                .hasMessage("benchmark 'Throws.explodes' failed: java.lang.IllegalStateException: boom on call 1000 "
                        + "(thrown during warmup); nothing of it was recorded, and this run will not be saved")
                .cause().hasMessage("boom on call 1000");
        assertThat(saved()).isEmpty();
        assertThat(run.output()).contains("Not saved: 1 benchmark test failed, and a partial run would make a misleading baseline:",
                "  Throws.explodes: java.lang.IllegalStateException: boom on call 1000 (thrown during warmup)");
    }

    @Test
    void unknownCompareFailExpression_failsBeforeMeasuringAndNamesTheAcceptedForms() {
        BenchmarkFixtures.CALLS.set(0);
        FixtureRun run = run(Map.of("perfloop.benchmark.compareFail", "p99:5%"), Counted.class);

        assertThat(run.testFailures()).singleElement().asString().isEqualTo("perfloop benchmark settings: "
                + "perfloop.benchmark.compareFail: cannot read 'p99:5%'; accepted forms are FIELD:PERCENT% (e.g. median:5%) "
                + "and FIELD:SECONDS (e.g. min:0.001), with FIELD one of min, max, mean, median; separate several with commas");
        assertThat(BenchmarkFixtures.CALLS.get()).as("target calls").isZero();
    }

    @Test
    void corruptSavedRun_failsWithTheFileAndWhere() throws IOException {
        Path dir = Files.createDirectories(storage.resolve(MachineInfo.machineId()));
        Files.writeString(dir.resolve("0001_broken.json"), "{\n  \"format\" : 1,\n  \"benchmarks\" : [ {\"name\": \"x\", ");
        FixtureRun run = run(Map.of("perfloop.benchmark.compare", ""), Counted.class);

        assertThat(run.testFailures()).singleElement().asString()
                .startsWith("perfloop benchmark settings: cannot read saved benchmark run " + dir.resolve("0001_broken.json")
                        + ": not a saved run at line 3, column ")
                .endsWith("Fix or delete the file, or compare with another saved run (perfloop.benchmark.compare=N).");
    }

    @Test
    void savedRunOfAnotherFormat_isRefused() throws IOException {
        Path dir = Files.createDirectories(storage.resolve(MachineInfo.machineId()));
        Files.writeString(dir.resolve("0007_future.json"), "{\"format\": 2, \"benchmarks\": []}");
        FixtureRun run = run(Map.of("perfloop.benchmark.compare", "7"), Counted.class);

        assertThat(run.testFailures()).singleElement().asString()
                .contains("0007_future.json: format 2, this perfloop reads format 1.");
    }

    @Test
    void compareWithNothingSaved_saysSoAndPasses() {
        FixtureRun run = run(Map.of("perfloop.benchmark.compare", "", "perfloop.benchmark.compareFail", "median:5%"), Counted.class);

        assertThat(run.output()).contains("Can't compare: no saved run in " + storage.resolve(MachineInfo.machineId()));
        assertThat(run.runFailure()).isEmpty();
        run.results().testEvents().assertStatistics(s -> s.succeeded(1));
    }

    @Test
    void savedRunCarriesMachineJvmAndStatistics() {
        run(Map.of("perfloop.benchmark.save", "meta"), Counted.class);
        SavedRun saved = RunStorage.read(saved().get(0));

        assertThat(saved.format()).isEqualTo(1);
        assertThat(saved.machineInfo()).containsKeys("node", "cpu_count", "java_version", "vm_name", "jvm_args")
                .containsEntry("machine_id", MachineInfo.machineId());
        BenchmarkResult counted = saved.benchmarks().get(0);
        assertThat(counted.name()).isEqualTo("Counted.counted");
        assertThat(counted.samples()).hasSize(30);
        assertThat(counted.stats().rounds()).isGreaterThan(30);
        assertThat(counted.stats().min()).isPositive().isLessThanOrEqualTo(counted.stats().median());
        assertThat(counted.warmupCalls()).isPositive();
    }
}
