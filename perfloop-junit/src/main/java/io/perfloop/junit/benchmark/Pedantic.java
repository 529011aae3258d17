package io.perfloop.junit.benchmark;

import io.perfloop.junit.benchmark.internal.LoopCopies;
import io.perfloop.junit.benchmark.internal.MeasureLoop;
import io.perfloop.junit.benchmark.internal.TimedLoop;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.function.ThrowingConsumer;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * pytest-benchmark's {@code pedantic}: exactly {@code rounds} timed rounds of {@code iterations}
 * calls, after {@code warmupRounds} untimed ones, with an optional setup before and teardown after
 * each round (neither is timed). No calibration and no time-based warmup: what you set is what runs.
 *
 * <pre>{@code
 * List<Order> orders = benchmark.pedantic()
 *         .setup(() -> dataSource.getConnection())
 *         .teardown(Connection::close)
 *         .rounds(30).warmupRounds(5)
 *         .run(connection -> repository.recentOrders(connection));
 * }</pre>
 *
 * @param <S> what the setup produces and the target and teardown receive ({@code Void} without setup)
 */
public final class Pedantic<S> {
    private final Benchmark benchmark;
    private int rounds = 1;
    private long iterations = 1;
    private int warmupRounds;
    private ThrowingSupplier<? extends S> setup;
    private ThrowingConsumer<? super S> teardown;

    Pedantic(Benchmark benchmark) {
        this.benchmark = benchmark;
    }

    private Pedantic(Pedantic<?> other, ThrowingSupplier<? extends S> setup) {
        this.benchmark = other.benchmark;
        this.rounds = other.rounds;
        this.iterations = other.iterations;
        this.warmupRounds = other.warmupRounds;
        this.setup = setup;
    }

    /** Timed rounds (pytest-benchmark's default: 1). */
    public Pedantic<S> rounds(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("rounds must be at least 1, was " + count);
        }
        this.rounds = count;
        return this;
    }

    /** Calls per round (default 1); must stay 1 with a setup, which prepares a single call. */
    public Pedantic<S> iterations(long count) {
        if (count < 1) {
            throw new IllegalArgumentException("iterations must be at least 1, was " + count);
        }
        this.iterations = count;
        return this;
    }

    /** Untimed rounds before the timed ones (default 0). */
    public Pedantic<S> warmupRounds(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("warmupRounds must be >= 0, was " + count);
        }
        this.warmupRounds = count;
        return this;
    }

    /** Runs before every round, untimed; its value goes to the target and the teardown. */
    public <N> Pedantic<N> setup(ThrowingSupplier<? extends N> newSetup) {
        return new Pedantic<>(this, newSetup);
    }

    /** Runs after every round, untimed, with the setup's value. */
    public Pedantic<S> teardown(ThrowingConsumer<? super S> newTeardown) {
        this.teardown = newTeardown;
        return this;
    }

    /** Measures a target that takes the setup's value; returns the last result. */
    public <T> T run(Target<? super S, ? extends T> target) {
        return measure((MeasureLoop.ArgumentTarget) argument -> target.apply(cast(argument)));
    }

    /** Measures a target that needs no argument; returns the last result. */
    public <T> T run(ThrowingSupplier<? extends T> target) {
        return measure(argument -> target.get());
    }

    /** Measures a target without a result. */
    public void run(Executable target) {
        measure(argument -> {
            target.execute();
            return null;
        });
    }

    @SuppressWarnings("unchecked")
    private static <S> S cast(Object value) {
        return (S) value;
    }

    @SuppressWarnings("unchecked")
    private <T> T measure(MeasureLoop.ArgumentTarget target) {
        if (setup != null && iterations > 1) {
            throw new IllegalArgumentException("pedantic(): iterations must be 1 with a setup (the setup prepares one "
                    + "call), was " + iterations + "; drop the setup or set rounds instead");
        }
        Object[] argument = new Object[1];
        Object[] last = new Object[1];
        TimedLoop loop = LoopCopies.withArgument(target, () -> argument[0], benchmark.blackhole(), last);
        if (benchmark.options().disabled()) {
            oneRound(loop, argument, 1, "the only call (benchmarks disabled)");
            return (T) last[0];
        }
        long warmupStart = System.nanoTime();
        for (int w = 0; w < warmupRounds; w++) {
            oneRound(loop, argument, iterations, "warmup round " + (w + 1) + " of " + warmupRounds);
        }
        double warmupSeconds = (System.nanoTime() - warmupStart) * 1e-9;
        double[] perIteration = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            perIteration[r] = oneRound(loop, argument, iterations, "round " + (r + 1) + " of " + rounds) * 1e-9 / iterations;
        }
        benchmark.record(perIteration, iterations, new double[0], true, warmupSeconds, warmupRounds * iterations);
        return (T) last[0];
    }

    private long oneRound(TimedLoop loop, Object[] argument, long calls, String phase) {
        try {
            argument[0] = setup == null ? null : setup.get();
        } catch (Throwable t) {
            throw benchmark.fail("the setup of " + phase, t);
        }
        long nanos;
        try {
            nanos = loop.time(calls);
        } catch (Throwable t) {
            throw benchmark.fail(phase, t);
        }
        if (teardown != null) {
            try {
                teardown.accept(cast(argument[0]));
            } catch (Throwable t) {
                throw benchmark.fail("the teardown of " + phase, t);
            }
        }
        return nanos;
    }

    /**
     * A target that takes the setup's value.
     *
     * @param <S> the setup's value
     * @param <T> the result
     */
    @FunctionalInterface
    public interface Target<S, T> {
        /** Calls the code under measurement once. */
        T apply(S value) throws Throwable;
    }
}
