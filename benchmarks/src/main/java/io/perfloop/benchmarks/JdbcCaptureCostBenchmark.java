package io.perfloop.benchmarks;

import org.h2.jdbcx.JdbcDataSource;
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

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

/**
 * What capture itself costs, without the network: the same prepared point lookup as
 * {@link JdbcOverheadBenchmark}, against an in-memory H2 database in the benchmark's own JVM, so a
 * lookup costs about a microsecond and the difference between {@code raw} and the wrappers is
 * their own per-statement work (proxies, call site, fingerprint lookup, the recorded event),
 * measured to tens of nanoseconds. On loopback PostgreSQL that difference is lost in the
 * round-trip's scatter; divided by the PostgreSQL point lookup's time it gives the overhead share.
 *
 * <pre>
 * mvn -B -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar JdbcCaptureCost -f 2 -wi 5 -i 10 -w 1s -r 1s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(2)
public class JdbcCaptureCostBenchmark {
    @Param({"raw", "perfloop", "datasource-proxy"})
    public String via;

    private Connection keepAlive;
    private Connection connection;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:capture_cost_" + via + ";DB_CLOSE_DELAY=-1");
        keepAlive = h2.getConnection();
        try (Statement s = keepAlive.createStatement()) {
            s.execute("create table bench_users (id int primary key, name varchar(64), email varchar(128))");
            s.execute("insert into bench_users select x, 'user ' || x, 'user' || x || '@example.com' from system_range(1, " + PointLookup.ROWS + ")");
        }
        connection = PointLookup.through(via, h2).getConnection();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        connection.close();
        keepAlive.close();
    }

    /** Prepare, bind, execute, read one row, close — inside a unit of work, as a request would. */
    @Benchmark
    public String pointLookup() throws SQLException {
        return PointLookup.run(connection);
    }
}
