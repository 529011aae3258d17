package io.perfloop.benchmarks.agreement;

import io.perfloop.junit.benchmark.Benchmark;
import io.perfloop.junit.benchmark.BenchmarkExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The agreement set as a user writes it with perfloop's JUnit fixture, default settings. Lives in
 * the main sources (not picked up by Surefire); {@link FixtureVsJmh} runs it through the JUnit
 * launcher.
 */
@ExtendWith(BenchmarkExtension.class)
public class AgreementFixture {
    private final Workloads workloads = new Workloads();

    /** See {@link Workloads#sum1k()}. */
    @Test
    void sum1k(Benchmark benchmark) {
        benchmark.run(workloads::sum1k);
    }

    /** See {@link Workloads#sum10k()}. */
    @Test
    void sum10k(Benchmark benchmark) {
        benchmark.run(workloads::sum10k);
    }

    /** See {@link Workloads#sum100k()}. */
    @Test
    void sum100k(Benchmark benchmark) {
        benchmark.run(workloads::sum100k);
    }

    /** See {@link Workloads#hashMapLookup()}. */
    @Test
    void hashMapLookup(Benchmark benchmark) {
        benchmark.run(workloads::hashMapLookup);
    }

    /** See {@link Workloads#stringConcat()}. */
    @Test
    void stringConcat(Benchmark benchmark) {
        benchmark.run(workloads::stringConcat);
    }
}
