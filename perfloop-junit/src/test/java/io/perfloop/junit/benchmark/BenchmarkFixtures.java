package io.perfloop.junit.benchmark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openjdk.jmh.infra.Blackhole;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Test classes with benchmarks that the fixture tests run through the JUnit engine (nested, so
 * Surefire does not run them on its own). Each is a situation a user would write.
 */
final class BenchmarkFixtures {
    /** Work per call of {@link Spin}: {@link Blackhole#consumeCPU} is linear in its tokens. */
    static final long SPIN_TOKENS = 2_000;
    /** Factor on the work of {@link Spin#changed}: 1.0, or more to inject a slowdown. */
    static volatile double workFactor = 1.0;
    static final AtomicInteger CALLS = new AtomicInteger();

    private BenchmarkFixtures() {
    }

    /** Two spins; the test sets how much more work {@code changed} does than in the saved run. */
    @ExtendWith(BenchmarkExtension.class)
    static class Spin {
        @Test
        void changed(Benchmark benchmark) {
            long tokens = Math.round(SPIN_TOKENS * workFactor);
            benchmark.run(() -> Blackhole.consumeCPU(tokens));
        }

        @Test
        void unchanged(Benchmark benchmark) {
            benchmark.run(() -> Blackhole.consumeCPU(SPIN_TOKENS));
        }
    }

    /** A target whose first call builds a large table (about 20 ms), later calls read it. */
    @ExtendWith(BenchmarkExtension.class)
    static class HeavyFirstCall {
        private long[] table;

        private long lookup(int i) {
            if (table == null) {
                table = new long[1 << 22];
                for (int k = 0; k < table.length; k++) {
                    table[k] = Long.rotateLeft(k * 0x9E3779B97F4A7C15L, k & 63) ^ k;
                }
                Blackhole.consumeCPU(2_000_000);
            }
            Blackhole.consumeCPU(50);
            return table[i & (table.length - 1)];
        }

        @Test
        void lookup(Benchmark benchmark) {
            long value = benchmark.run(() -> lookup(12345));
            assertThat(value).isEqualTo(Long.rotateLeft(12345 * 0x9E3779B97F4A7C15L, 12345 & 63) ^ 12345);
        }
    }

    /** The same pure computation with its result returned (consumed) and discarded inside the target. */
    @ExtendWith(BenchmarkExtension.class)
    static class UnusedResult {
        private long seed = System.nanoTime() | 1;

        static long xorshiftChain(long x, int steps) {
            for (int i = 0; i < steps; i++) {
                x ^= x << 13;
                x ^= x >>> 7;
                x ^= x << 17;
            }
            return x;
        }

        @Test
        void returned(Benchmark benchmark) {
            benchmark.run(() -> xorshiftChain(seed, 200));   // the test ignores the result; the fixture consumes it
        }

        @Test
        void discardedInsideTarget(Benchmark benchmark) {
            benchmark.run(() -> {
                xorshiftChain(seed, 200);   // dead code: nothing reaches the Blackhole
            });
        }
    }

    /** One benchmark whose target throws after a while, one that passes. */
    @ExtendWith(BenchmarkExtension.class)
    static class Throws {
        @Test
        void explodes(Benchmark benchmark) {
            AtomicInteger calls = new AtomicInteger();
            benchmark.run(() -> {
                if (calls.incrementAndGet() == 1_000) {
                    throw new IllegalStateException("boom on call 1000");
                }
                return calls.get();
            });
        }

        @Test
        void fine(Benchmark benchmark) {
            benchmark.run(() -> Blackhole.consumeCPU(100));
        }
    }

    /** A benchmark that counts its target's calls, for tests that check it never ran. */
    @ExtendWith(BenchmarkExtension.class)
    static class Counted {
        @Test
        void counted(Benchmark benchmark) {
            benchmark.run(CALLS::incrementAndGet);
        }
    }

    /** Uses the fixture twice in one test. */
    @ExtendWith(BenchmarkExtension.class)
    static class UsedTwice {
        @Test
        void twice(Benchmark benchmark) {
            benchmark.run(() -> 1);
            benchmark.run(() -> 2);
        }
    }
}
