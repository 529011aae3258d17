package io.perfloop.junit.benchmark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openjdk.jmh.infra.Blackhole;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** pedantic(): exactly the rounds, iterations, warmup rounds, setups and teardowns asked for. */
class PedanticTest {
    static final List<String> LOG = new ArrayList<>();
    static final AtomicInteger TARGET_CALLS = new AtomicInteger();

    @ExtendWith(BenchmarkExtension.class)
    static class Fixture {
        @Test
        void withSetupAndTeardown(Benchmark benchmark) {
            AtomicInteger setups = new AtomicInteger();
            String last = benchmark.pedantic()
                    .setup(() -> "arg" + setups.incrementAndGet())
                    .teardown(arg -> LOG.add("teardown " + arg))
                    .rounds(6).warmupRounds(2)
                    .run(arg -> {
                        TARGET_CALLS.incrementAndGet();
                        Blackhole.consumeCPU(500);
                        return "result of " + arg;
                    });
            assertThat(last).isEqualTo("result of arg8");
            assertThat(benchmark.result().orElseThrow().stats().rounds()).isEqualTo(6);
            assertThat(benchmark.result().orElseThrow().warmupCalls()).isEqualTo(2);
        }

        @Test
        void iterationsWithoutSetup(Benchmark benchmark) {
            int value = benchmark.pedantic().rounds(40).iterations(50).run(() -> {
                TARGET_CALLS.incrementAndGet();
                return 42;
            });
            assertThat(value).isEqualTo(42);
            BenchmarkResult result = benchmark.result().orElseThrow();
            assertThat(result.stats().rounds()).isEqualTo(40);
            assertThat(result.stats().iterations()).isEqualTo(50);
            assertThat(result.samples()).hasSize(30);
            assertThat(result.pedantic()).isTrue();
        }

        @Test
        void iterationsWithSetup(Benchmark benchmark) {
            benchmark.pedantic().setup(() -> 1).iterations(3).run(x -> x + 1);
        }
    }

    @Test
    void pedantic_runsExactlyWhatItIsTold() {
        LOG.clear();
        TARGET_CALLS.set(0);
        FixtureRun run = FixtureRun.of(Map.of(), Fixture.class);

        run.results().testEvents().assertStatistics(s -> s.succeeded(2).failed(1));
        assertThat(LOG).containsExactly("teardown arg1", "teardown arg2", "teardown arg3", "teardown arg4",
                "teardown arg5", "teardown arg6", "teardown arg7", "teardown arg8");
        assertThat(TARGET_CALLS.get()).isEqualTo(8 + 40 * 50);
        assertThat(run.testFailures()).singleElement().asString().isEqualTo("pedantic(): iterations must be 1 with a setup "
                + "(the setup prepares one call), was 3; drop the setup or set rounds instead");
        assertThat(run.output()).contains("Fixture.withSetupAndTeardown", "Fixture.iterationsWithoutSetup");
    }
}
