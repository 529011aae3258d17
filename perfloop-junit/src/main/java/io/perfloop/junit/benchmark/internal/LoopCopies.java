package io.perfloop.junit.benchmark.internal;

import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.function.ThrowingSupplier;
import org.openjdk.jmh.infra.Blackhole;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.function.DoubleSupplier;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Binds each target to a fresh copy of {@link MeasureLoop}, defined by its own class loader from
 * the same bytes, so the JIT profiles and compiles every benchmark's loop separately. Falls back
 * to the shared class where its bytes cannot be read (e.g. an unusual class loader).
 */
public final class LoopCopies {
    private static final byte[] BYTES = readBytes();

    private LoopCopies() {
    }

    /** A loop over a target returning an object. */
    public static TimedLoop object(ThrowingSupplier<?> target, Blackhole blackhole) {
        return bind("object", MethodType.methodType(long.class, ThrowingSupplier.class, Blackhole.class, long.class), target, blackhole);
    }

    /** A loop over a target returning an {@code int}. */
    public static TimedLoop intValue(IntSupplier target, Blackhole blackhole) {
        return bind("intValue", MethodType.methodType(long.class, IntSupplier.class, Blackhole.class, long.class), target, blackhole);
    }

    /** A loop over a target returning a {@code long}. */
    public static TimedLoop longValue(LongSupplier target, Blackhole blackhole) {
        return bind("longValue", MethodType.methodType(long.class, LongSupplier.class, Blackhole.class, long.class), target, blackhole);
    }

    /** A loop over a target returning a {@code double}. */
    public static TimedLoop doubleValue(DoubleSupplier target, Blackhole blackhole) {
        return bind("doubleValue", MethodType.methodType(long.class, DoubleSupplier.class, Blackhole.class, long.class), target, blackhole);
    }

    /** A loop over a target without a result. */
    public static TimedLoop noValue(Executable target) {
        return bind("noValue", MethodType.methodType(long.class, Executable.class, long.class), target);
    }

    /**
     * A loop over a pedantic target.
     *
     * @param argument read before each timed loop: the value the round's setup produced
     * @param last receives the last result of each loop
     */
    public static TimedLoop withArgument(MeasureLoop.ArgumentTarget target, Supplier<Object> argument,
                                         Blackhole blackhole, Object[] last) {
        MethodHandle handle = find("withArgument", MethodType.methodType(long.class, MeasureLoop.ArgumentTarget.class,
                Object.class, Blackhole.class, long.class, Object[].class));
        return loops -> (long) handle.invoke(target, argument.get(), blackhole, loops, last);
    }

    private static TimedLoop bind(String name, MethodType type, Object... leading) {
        MethodHandle handle = MethodHandles.insertArguments(find(name, type), 0, leading);
        return loops -> (long) handle.invokeExact(loops);
    }

    private static MethodHandle find(String name, MethodType type) {
        try {
            return MethodHandles.publicLookup().findStatic(freshCopy(), name, type);
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalStateException("perfloop's measuring loop is missing " + name + type, e);
        }
    }

    private static Class<?> freshCopy() {
        if (BYTES == null) {
            return MeasureLoop.class;
        }
        return new CopyLoader(MeasureLoop.class.getClassLoader()).define(BYTES);
    }

    private static byte[] readBytes() {
        try (InputStream in = MeasureLoop.class.getResourceAsStream(MeasureLoop.class.getSimpleName() + ".class")) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Defines one copy of the loop class; everything else comes from the parent. */
    private static final class CopyLoader extends ClassLoader {
        CopyLoader(ClassLoader parent) {
            super(parent);
        }

        Class<?> define(byte[] bytes) {
            return defineClass(MeasureLoop.class.getName(), bytes, 0, bytes.length);
        }
    }
}
