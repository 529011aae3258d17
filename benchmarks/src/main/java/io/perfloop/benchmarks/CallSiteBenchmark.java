package io.perfloop.benchmarks;

import io.perfloop.core.event.CallSiteLocator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What finding a statement's call site costs, by how many infrastructure frames lie between the
 * locator and the application frame: 4 is perfloop's proxy over a plain JDBC call, 16–48 is a
 * Hibernate or Spring Data repository call. The frames are real: {@code infrastructure} recurses
 * through a class the locator skips ({@code org.postgresql.}-like, configured as an exclusion).
 * {@code throwable} is the classic way (Sniffy, QuickPerf): a {@code Throwable}'s whole stack
 * trace, scanned for the first frame outside the exclusions.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar CallSite -f 1 -wi 3 -i 5 -w 1s -r 1s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CallSiteBenchmark {
    /** Infrastructure frames between the locator and the application frame. */
    @Param({"4", "16", "48"})
    public int frames;

    private final CallSiteLocator locator = new CallSiteLocator(List.of(Infrastructure.class.getName()));

    /** perfloop's locator. */
    @Benchmark
    public Object locator() {
        return Infrastructure.descend(frames, locator);
    }

    /** A throwable's stack trace, scanned like the locator scans (the classic approach). */
    @Benchmark
    public Object throwable() {
        return Infrastructure.descend(frames, null);
    }

    /** Stands in for driver, pool and ORM frames; excluded from call sites by the benchmark's locator. */
    static final class Infrastructure {
        static Object descend(int remaining, CallSiteLocator locator) {
            if (remaining > 1) {
                return descend(remaining - 1, locator);
            }
            if (locator != null) {
                return locator.locate();
            }
            for (StackTraceElement element : new Throwable().getStackTrace()) {
                if (!element.getClassName().startsWith(Infrastructure.class.getName())) {
                    return element;
                }
            }
            return null;
        }
    }
}
