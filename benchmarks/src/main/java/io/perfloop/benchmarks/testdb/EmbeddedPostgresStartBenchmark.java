package io.perfloop.benchmarks.testdb;

import io.perfloop.testdb.EmbeddedPostgres;
import io.perfloop.testdb.internal.DirectoryTree;
import io.perfloop.testdb.internal.PostgresBinaries;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * How long {@code EmbeddedPostgres.builder().start()} takes until the server accepts connections:
 * {@code cold} unpacks the binaries into an empty cache first, {@code warm} reuses the cache.
 * Each start is one shot (a start cannot be repeated in a loop); closing happens outside the
 * measurement.
 *
 * <pre>
 * mvn -B -q -pl benchmarks -am package dependency:build-classpath -DskipTests -Dmdep.outputFile=/tmp/bench-cp.txt
 * java -cp benchmarks/target/classes:$(cat /tmp/bench-cp.txt) org.openjdk.jmh.Main EmbeddedPostgresStartBenchmark
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 8)
@Fork(1)
public class EmbeddedPostgresStartBenchmark {

    @Param({"warm", "cold"})
    public String cache;

    private Path coldCacheRoot;
    private EmbeddedPostgres started;

    @Setup(Level.Iteration)
    public void chooseCache() throws IOException {
        if ("cold".equals(cache)) {
            coldCacheRoot = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "perfloop-bench-cache-");
            Files.setPosixFilePermissions(coldCacheRoot, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
            System.setProperty(PostgresBinaries.CACHE_PROPERTY, coldCacheRoot.toString());
        } else {
            System.clearProperty(PostgresBinaries.CACHE_PROPERTY);
        }
    }

    @Benchmark
    public EmbeddedPostgres start() {
        started = EmbeddedPostgres.builder().start();
        return started;
    }

    @TearDown(Level.Iteration)
    public void stop() throws IOException {
        if (started != null) {
            started.close();
            started = null;
        }
        if (coldCacheRoot != null) {
            DirectoryTree.delete(coldCacheRoot);
            coldCacheRoot = null;
        }
        System.clearProperty(PostgresBinaries.CACHE_PROPERTY);
    }
}
