package io.perfloop.benchmarks.profile;

import io.perfloop.profile.analysis.AnalysisOptions;
import io.perfloop.profile.analysis.ProfileAnalysis;
import io.perfloop.profile.analysis.ProfileAnalyzer;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * How fast the profile analysis reads a large recording: events per second on one thread (the
 * analysis is a single streaming pass, so this is events/s/core), over the whole recording
 * (async-profiler's CPU samples and JFR's allocation, monitor, park and GC events), without and with
 * the join of every sample and event to request intervals. The {@code events} row is the figure.
 * The recording ({@link LargeRecording}) is made once, in the directory given by
 * {@code -Dperfloop.recording=…} (default {@code target/large-recording}). JMH measures wall time;
 * on a shared machine {@link ProfileAnalysisSpeed} gives the per-CPU-second figure.
 *
 * <pre>
 * mvn -B -pl benchmarks -am package -DskipTests
 * mvn -B -q -pl benchmarks dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * CP=benchmarks/target/classes:$(cat /tmp/cp.txt)
 * java -cp "$CP" io.perfloop.benchmarks.profile.LargeRecording benchmarks/target/large-recording 45
 * java -cp "$CP" org.openjdk.jmh.Main ProfileAnalysis -jvmArgs -Dperfloop.recording=benchmarks/target/large-recording
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
public class ProfileAnalysisBenchmark {

    @Param({"whole-recording", "per-endpoint"})
    public String attribution;

    private List<Path> files;
    private AnalysisOptions options;

    /** Events read, reported by JMH as a rate (events/s). */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counters {
        public long events;

        @Setup(Level.Iteration)
        public void reset() {
            events = 0;
        }
    }

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Path dir = Path.of(System.getProperty("perfloop.recording", "target/large-recording"));
        if (!Files.isRegularFile(dir.resolve("requests.tsv"))) {
            LargeRecording.record(dir, Duration.ofSeconds(45));
        }
        files = List.of(dir.resolve("profile.jfr"), dir.resolve("cpu.jfr"));
        options = attribution.equals("per-endpoint")
                ? AnalysisOptions.defaults().withRequests(LargeRecording.requests(dir)) : AnalysisOptions.defaults();
    }

    @Benchmark
    public ProfileAnalysis analyze(Counters counters) {
        ProfileAnalysis analysis = ProfileAnalyzer.analyze(files, options);
        counters.events += analysis.recording().events();
        return analysis;
    }
}
