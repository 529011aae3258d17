package io.perfloop.benchmarks.agreement;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * The agreement set under JMH; {@code benchmarks/fixture-vs-jmh.sh} runs it next to
 * {@link AgreementFixture} and compares the ratios between the benchmarks.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class AgreementJmh {
    private final Workloads workloads = new Workloads();

    /** See {@link Workloads#sum1k()}. */
    @Benchmark
    public int sum1k() {
        return workloads.sum1k();
    }

    /** See {@link Workloads#sum10k()}. */
    @Benchmark
    public int sum10k() {
        return workloads.sum10k();
    }

    /** See {@link Workloads#sum100k()}. */
    @Benchmark
    public int sum100k() {
        return workloads.sum100k();
    }

    /** See {@link Workloads#hashMapLookup()}. */
    @Benchmark
    public Integer hashMapLookup() {
        return workloads.hashMapLookup();
    }

    /** See {@link Workloads#stringConcat()}. */
    @Benchmark
    public String stringConcat() {
        return workloads.stringConcat();
    }
}
