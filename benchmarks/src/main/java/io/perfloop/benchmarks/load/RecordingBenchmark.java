package io.perfloop.benchmarks.load;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import io.perfloop.load.record.EndpointRecorder;
import io.perfloop.load.record.Outcome;
import io.perfloop.load.record.RunRecorder;

/**
 * What recording one completed request costs the generator: {@code RunRecorder.record} with corrected and
 * service latency, status, bytes, on one of {@code endpoints} endpoints — on one thread (one event loop, the
 * default on 2 cores) and on two at once (two event loops recording into the same endpoints). The per-second
 * tick is not in the loop: it runs once a second, not once a request.
 *
 * <pre>
 * mvn -B -pl benchmarks -am package -DskipTests
 * java -cp "benchmarks/target/classes:$(cat benchmarks/target/cp.txt)" org.openjdk.jmh.Main Recording -f 1 -wi 3 -i 5
 * </pre>
 * ({@code cp.txt} from {@code mvn -pl benchmarks dependency:build-classpath -Dmdep.outputFile=target/cp.txt}.)
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RecordingBenchmark {
    @Param({"1", "20"})
    public int endpoints;

    private RunRecorder run;
    private EndpointRecorder[] recorders;

    @Setup
    public void setUp() {
        run = new RunRecorder(200);
        recorders = new EndpointRecorder[endpoints];
        for (int i = 0; i < endpoints; i++) {
            recorders[i] = run.endpoint("GET", "GET /e" + i);
        }
    }

    /** Per-thread request counter, so each thread walks the endpoints and latencies on its own. */
    @State(Scope.Thread)
    public static class Cursor {
        long i;
    }

    private Outcome next(Cursor c) {
        long n = c.i++;
        long latency = 50_000 + (n * 7919) % 5_000_000; // 50 us .. 5 ms, spread over the histogram
        return new Outcome(0, latency / 4, latency, (n & 63) == 0 ? 503 : 200, 2, 0, null);
    }

    @Benchmark
    @Threads(1)
    public void oneThread(Cursor c) {
        run.record(recorders[(int) (c.i % endpoints)], next(c));
    }

    @Benchmark
    @Threads(2)
    public void twoThreads(Cursor c) {
        run.record(recorders[(int) (c.i % endpoints)], next(c));
    }
}
