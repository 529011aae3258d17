package io.perfloop.junit.benchmark.internal;

import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.function.ThrowingSupplier;
import org.openjdk.jmh.infra.Blackhole;

import java.util.function.DoubleSupplier;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * The timed loops: {@code loops} calls of the target between two {@link System#nanoTime()} reads,
 * every result handed to JMH's {@link Blackhole} so the JIT cannot drop the work that produced it.
 *
 * <p>{@link LoopCopies} loads a private copy of this class for each target. A loop shared by all
 * benchmarks of a test run would see many targets at its call site, turn megamorphic and pay a
 * virtual call per iteration for all of them; each copy sees one target, which the JIT can inline
 * as JMH's generated loops do. Primitive variants exist so an {@code int} result is not boxed.
 */
public final class MeasureLoop {
    private MeasureLoop() {
    }

    /** Times {@code loops} calls of a target returning an object. */
    public static long object(ThrowingSupplier<?> target, Blackhole blackhole, long loops) throws Throwable {
        long start = System.nanoTime();
        for (long i = 0; i < loops; i++) {
            blackhole.consume(target.get());
        }
        return System.nanoTime() - start;
    }

    /** Times {@code loops} calls of a target returning an {@code int}. */
    public static long intValue(IntSupplier target, Blackhole blackhole, long loops) {
        long start = System.nanoTime();
        for (long i = 0; i < loops; i++) {
            blackhole.consume(target.getAsInt());
        }
        return System.nanoTime() - start;
    }

    /** Times {@code loops} calls of a target returning a {@code long}. */
    public static long longValue(LongSupplier target, Blackhole blackhole, long loops) {
        long start = System.nanoTime();
        for (long i = 0; i < loops; i++) {
            blackhole.consume(target.getAsLong());
        }
        return System.nanoTime() - start;
    }

    /** Times {@code loops} calls of a target returning a {@code double}. */
    public static long doubleValue(DoubleSupplier target, Blackhole blackhole, long loops) {
        long start = System.nanoTime();
        for (long i = 0; i < loops; i++) {
            blackhole.consume(target.getAsDouble());
        }
        return System.nanoTime() - start;
    }

    /** Times {@code loops} calls of a target without a result; its effects must be its own. */
    public static long noValue(Executable target, long loops) throws Throwable {
        long start = System.nanoTime();
        for (long i = 0; i < loops; i++) {
            target.execute();
        }
        return System.nanoTime() - start;
    }

    /**
     * Times {@code loops} calls of a pedantic target on the argument its setup produced; the last
     * result goes to {@code last[0]} after the clock stopped (pedantic returns it, as pytest-benchmark does).
     */
    public static long withArgument(ArgumentTarget target, Object argument, Blackhole blackhole, long loops,
                                    Object[] last) throws Throwable {
        Object result = null;
        long start = System.nanoTime();
        for (long i = 0; i < loops; i++) {
            result = target.apply(argument);
            blackhole.consume(result);
        }
        long elapsed = System.nanoTime() - start;
        last[0] = result;
        return elapsed;
    }

    /** A target that takes the value a setup produced. */
    @FunctionalInterface
    public interface ArgumentTarget {
        /** Calls the target once. */
        Object apply(Object argument) throws Throwable;
    }
}
