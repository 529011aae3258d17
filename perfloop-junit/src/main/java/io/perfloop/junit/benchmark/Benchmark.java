package io.perfloop.junit.benchmark;

import io.perfloop.junit.benchmark.internal.Blocks;
import io.perfloop.junit.benchmark.internal.ColdStart;
import io.perfloop.junit.benchmark.internal.Durations;
import io.perfloop.junit.benchmark.internal.LoopCopies;
import io.perfloop.junit.benchmark.internal.Measurement;
import io.perfloop.junit.benchmark.internal.Measurement.Measured;
import io.perfloop.junit.benchmark.internal.Recorder;
import io.perfloop.junit.benchmark.internal.TimedLoop;
import io.perfloop.junit.benchmark.internal.TimerPrecision;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.function.ThrowingSupplier;
import org.openjdk.jmh.infra.Blackhole;

import java.util.Locale;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * The benchmark fixture, pytest-benchmark's {@code benchmark} for JUnit 5: declare it as a test
 * parameter, call {@link #run} once with the code to measure, and the end of the test run prints
 * a table of all benchmarks (and saves and compares them when asked to).
 *
 * <pre>{@code
 * @ExtendWith(BenchmarkExtension.class)
 * class OrderTest {
 *     @Test
 *     void orderTotal(Benchmark benchmark) {
 *         BigDecimal total = benchmark.run(order::calculateTotal);
 *         assertThat(total).isPositive();
 *     }
 * }
 * }</pre>
 *
 * <p>{@code run} warms the target up (0.5 s by default), calibrates how many calls make one round
 * long enough to time, times rounds for about a second, hands every result to JMH's
 * {@link Blackhole} so the JIT cannot drop the work, and returns the result of one more call.
 * {@link #pedantic()} sets rounds, iterations, warmup rounds and a per-round setup by hand. Return
 * the value your code computes rather than discarding it inside the target: the fixture consumes
 * what the target returns, nothing else.
 *
 * <p>One fixture measures one target; it cannot be reused within a test.
 */
public final class Benchmark {
    private static final String BLACKHOLE_CONSENT =
            "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.";

    private final String name;
    private final String fullname;
    private final BenchmarkOptions options;
    private final Recorder recorder;
    private final Blackhole blackhole = new Blackhole(BLACKHOLE_CONSENT);
    private boolean used;
    private BenchmarkResult result;

    Benchmark(String name, String fullname, BenchmarkOptions options, Recorder recorder) {
        this.name = name;
        this.fullname = fullname;
        this.options = options;
        this.recorder = recorder;
    }

    /** Measures a target returning an object and returns the result of one more call. */
    public <T> T run(ThrowingSupplier<T> target) {
        return measure(LoopCopies.object(target, blackhole), target);
    }

    /** Measures a target returning an {@code int} (consumed unboxed) and returns one more result. */
    public int run(IntSupplier target) {
        return measure(LoopCopies.intValue(target, blackhole), target::getAsInt);
    }

    /** Measures a target returning a {@code long} (consumed unboxed) and returns one more result. */
    public long run(LongSupplier target) {
        return measure(LoopCopies.longValue(target, blackhole), target::getAsLong);
    }

    /** Measures a target returning a {@code double} (consumed unboxed) and returns one more result. */
    public double run(DoubleSupplier target) {
        return measure(LoopCopies.doubleValue(target, blackhole), target::getAsDouble);
    }

    /**
     * Measures a target without a result. Nothing is consumed, so the target's work must have an
     * effect of its own; prefer a target that returns what it computes.
     */
    public void run(Executable target) {
        measure(LoopCopies.noValue(target), () -> {
            target.execute();
            return null;
        });
    }

    /** Full control over rounds, iterations, warmup rounds and per-round setup, as pytest-benchmark's {@code pedantic}. */
    public Pedantic<Void> pedantic() {
        claim();
        return new Pedantic<>(this);
    }

    /** The benchmark's name in tables and saved runs: {@code TestClass.method}. */
    public String name() {
        return name;
    }

    /** The options this benchmark measures with. */
    public BenchmarkOptions options() {
        return options;
    }

    /** The measurement, once {@link #run} or a pedantic run has finished. */
    public Optional<BenchmarkResult> result() {
        return Optional.ofNullable(result);
    }

    private <R> R measure(TimedLoop loop, ThrowingSupplier<R> finalCall) {
        claim();
        if (options.disabled()) {
            return call(finalCall, "the only call (benchmarks disabled)");
        }
        Measurement measurement = new Measurement(loop, options, TimerPrecision.seconds());
        Measured measured;
        try {
            measured = measurement.run();
        } catch (Throwable t) {
            throw fail(measurement.phase(), t);
        }
        R value = call(finalCall, "the call after the rounds that returns the result");
        double[] leading = measured.calibration().stream().filter(p -> p.seconds() >= measured.minTime())
                .mapToDouble(p -> p.seconds() / p.loops()).toArray();
        record(measured.perIteration(), measured.iterations(), leading, false, measured.warmupSeconds(), measured.warmupCalls());
        return value;
    }

    private <R> R call(ThrowingSupplier<R> target, String phase) {
        try {
            return target.get();
        } catch (Throwable t) {
            throw fail(phase, t);
        }
    }

    void claim() {
        if (used) {
            throw new BenchmarkException("benchmark '" + name + "' was already used: one fixture measures one target "
                    + "per test; split the test or use a parameterised test", null);
        }
        used = true;
    }

    Blackhole blackhole() {
        return blackhole;
    }

    RuntimeException fail(String phase, Throwable cause) {
        String reason = cause + " (thrown during " + phase + ")";
        recorder.failed(name, reason);
        if (cause instanceof VirtualMachineError vmError) {
            throw vmError;
        }
        return new BenchmarkException("benchmark '" + name + "' failed: " + reason
                + "; nothing of it was recorded, and this run will not be saved", cause);
    }

    void record(double[] perIteration, long iterations, double[] leading, boolean pedantic, double warmupSeconds,
                long warmupCalls) {
        String coldStart = ColdStart.check(leading, perIteration)
                .map(f -> "benchmark '" + name + "': " + f.describe() + ". " + advice(pedantic, warmupSeconds, warmupCalls))
                .orElse(null);
        result = new BenchmarkResult(name, fullname, BenchmarkStats.of(perIteration, iterations), Blocks.medians(perIteration),
                options, pedantic, warmupSeconds, warmupCalls, coldStart);
        if (coldStart != null) {
            recorder.warned(name, coldStart);
        }
        recorder.recorded(result);
    }

    private String advice(boolean pedantic, double warmupSeconds, long warmupCalls) {
        if (pedantic) {
            return warmupCalls == 0 ? "Give pedantic() warmupRounds(n) so the target runs before the timed rounds."
                    : "Give pedantic() more warmupRounds.";
        }
        if (!options.warms()) {
            return "Warmup is off (" + BenchmarkOptions.PREFIX + "warmup=false or a zero warmup): "
                    + "turn it on so the JIT compiles the code before it is timed.";
        }
        return String.format(Locale.ROOT, "The warmup (%s, %,d calls) was too short: raise %swarmupTime or %swarmupIterations.",
                Durations.format(warmupSeconds), warmupCalls, BenchmarkOptions.PREFIX, BenchmarkOptions.PREFIX);
    }
}
