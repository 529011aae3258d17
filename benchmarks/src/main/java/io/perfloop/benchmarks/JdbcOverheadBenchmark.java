package io.perfloop.benchmarks;

import io.perfloop.testdb.EmbeddedPostgres;
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

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

/**
 * What capture costs on the hot path: a prepared point lookup ({@code prepareStatement},
 * {@code setInt}, {@code executeQuery}, read the row, close) against embedded PostgreSQL 17 on
 * loopback, through the raw driver, through perfloop, and through datasource-proxy with its
 * counting listener — one {@code @Param}, so all three are measured in the same run. Each
 * operation runs inside a unit of work, as a request would.
 *
 * <pre>
 * mvn -B -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar JdbcOverhead -f 2 -wi 5 -i 10
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(2)
public class JdbcOverheadBenchmark {
    @Param({"raw", "perfloop", "datasource-proxy"})
    public String via;

    private EmbeddedPostgres postgres;
    private Connection connection;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        postgres = EmbeddedPostgres.builder().start();
        DataSource raw = postgres.dataSource();
        try (Connection c = raw.getConnection(); Statement s = c.createStatement()) {
            s.execute("create table if not exists bench_users (id int primary key, name text, email text)");
            s.execute("truncate bench_users");
            s.execute("insert into bench_users select g, 'user ' || g, 'user' || g || '@example.com' from generate_series(1, " + PointLookup.ROWS + ") g");
            s.execute("analyze bench_users");
        }
        connection = PointLookup.through(via, raw).getConnection();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        connection.close();
        postgres.close();
    }

    @Benchmark
    public String pointLookup() throws SQLException {
        return PointLookup.run(connection);
    }
}
