package io.perfloop.junit.benchmark.examples;

import io.perfloop.junit.benchmark.Benchmark;
import io.perfloop.junit.benchmark.BenchmarkExtension;
import io.perfloop.testdb.EmbeddedPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's {@code pedantic} example (docs/benchmark-fixture.md): a real query on embedded
 * PostgreSQL, a fresh connection per round from the setup (not timed), 5 warmup rounds, 30 timed.
 */
@ExtendWith(BenchmarkExtension.class)
class RecentOrdersQueryTest {
    private static DataSource dataSource;

    @BeforeAll
    static void orders() throws SQLException {
        dataSource = EmbeddedPostgres.shared().dataSource();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("drop table if exists bench_orders");
            s.execute("create table bench_orders (id bigint primary key, customer_id int not null, "
                    + "created_at timestamptz not null, total numeric(12, 2) not null)");
            s.execute("insert into bench_orders select i, i % 500, now() - i * interval '1 minute', (i % 997) + 0.99 "
                    + "from generate_series(1, 50000) i");
            s.execute("create index bench_orders_customer on bench_orders (customer_id, created_at desc)");
            s.execute("analyze bench_orders");
        }
    }

    static List<Long> recentOrders(Connection connection, int customer) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "select id from bench_orders where customer_id = ? order by created_at desc limit 10")) {
            ps.setInt(1, customer);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        }
    }

    @Test
    void recentOrdersOfOneCustomer(Benchmark benchmark) {
        List<Long> ids = benchmark.pedantic()
                .setup(dataSource::getConnection)
                .teardown(Connection::close)
                .rounds(30).warmupRounds(5)
                .run(connection -> recentOrders(connection, 42));
        assertThat(ids).hasSize(10).startsWith(42L, 542L);
    }
}
