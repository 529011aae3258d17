package io.perfloop.junit.examples;

import io.perfloop.Perfloop;
import io.perfloop.jdbc.PerfloopDataSource;
import io.perfloop.junit.NoNPlusOne;
import io.perfloop.junit.QueryBudget;
import io.perfloop.testdb.EmbeddedPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The README's 5-minute example, kept compiling and running (see ReadmeExampleTest). */
public final class ReadmeExample {
    private ReadmeExample() {
    }

    /** A repository with the classic mistake: one query for the orders, then one per order. */
    public static final class OrderRepository {
        private final DataSource ds;

        public OrderRepository(DataSource ds) {
            this.ds = ds;
        }

        public List<String> listWithUserNames() throws SQLException {
            List<String> lines = new ArrayList<>();
            try (Connection c = ds.getConnection();
                 Statement s = c.createStatement();
                 ResultSet orders = s.executeQuery("select id, user_id from shop_orders order by id")) {
                while (orders.next()) {
                    try (PreparedStatement ps = c.prepareStatement("select name from shop_users where id = ?")) {
                        ps.setInt(1, orders.getInt("user_id"));
                        try (ResultSet user = ps.executeQuery()) {
                            user.next();
                            lines.add(orders.getInt("id") + " " + user.getString("name"));
                        }
                    }
                }
            }
            return lines;
        }
    }

    static DataSource seeded() throws SQLException {
        DataSource raw = EmbeddedPostgres.shared().dataSource();
        try (Connection c = raw.getConnection(); Statement s = c.createStatement()) {
            s.execute("drop table if exists shop_orders, shop_users");
            s.execute("create table shop_users (id int primary key, name text)");
            s.execute("create table shop_orders (id int primary key, user_id int references shop_users)");
            s.execute("insert into shop_users select g, 'user ' || g from generate_series(1, 5) g");
            s.execute("insert into shop_orders select g, 1 + g % 5 from generate_series(1, 5) g");
        }
        return raw;
    }

    /** Capture by hand: wrap the DataSource, open a unit of work, print the report. */
    public static String captureByHand() throws SQLException {
        DataSource ds = PerfloopDataSource.wrap(seeded());
        OrderRepository orders = new OrderRepository(ds);
        try (var uow = Perfloop.unitOfWork("GET /orders")) {
            orders.listWithUserNames();
            return Perfloop.report(uow);
        }
    }

    /** The same as a JUnit guard. */
    public static class OrderRepositoryTest {
        static OrderRepository orders;

        @BeforeAll
        static void setUp() throws SQLException {
            orders = new OrderRepository(PerfloopDataSource.wrap(seeded()));
        }

        @Test
        @NoNPlusOne
        @QueryBudget(selects = 1)
        void listsOrdersWithUserNames() throws SQLException {
            orders.listWithUserNames();
        }
    }
}
