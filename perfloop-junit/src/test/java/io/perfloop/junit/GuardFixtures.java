package io.perfloop.junit;

import io.perfloop.Perfloop;
import io.perfloop.jdbc.CaptureOptions;
import io.perfloop.jdbc.PerfloopDataSource;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Test classes that the guard tests run through the JUnit engine (they are nested, so Surefire
 * does not run them on its own): each one is a situation a user would write, on real PostgreSQL.
 */
final class GuardFixtures {
    static DataSource ds;

    private GuardFixtures() {
    }

    static synchronized void createSchema() throws SQLException {
        if (ds != null) {
            return;
        }
        DataSource raw = EmbeddedPostgres.shared().dataSource();
        try (Connection c = raw.getConnection(); Statement s = c.createStatement()) {
            s.execute("drop table if exists guard_orders, guard_users");
            s.execute("create table guard_users (id int primary key, name text)");
            s.execute("create table guard_orders (id int primary key, user_id int references guard_users, total int)");
            s.execute("insert into guard_users select g, 'user ' || g from generate_series(1, 10) g");
            s.execute("insert into guard_orders select g, g, g * 10 from generate_series(1, 10) g");
        }
        ds = PerfloopDataSource.wrap(raw, CaptureOptions.DEFAULTS);
    }

    /** The classic: load orders, then each order's user, one query per order. */
    static List<String> userNamesOneByOne() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = ds.getConnection()) {
            List<Integer> userIds = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select user_id from guard_orders order by id")) {
                while (rs.next()) {
                    userIds.add(rs.getInt(1));
                }
            }
            for (int userId : userIds) {
                try (PreparedStatement ps = c.prepareStatement("select name from guard_users where id = ?")) {
                    ps.setInt(1, userId);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        names.add(rs.getString(1));
                    }
                }
            }
        }
        return names;
    }

    /** The same names with one JOIN. */
    static List<String> userNamesJoined() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select u.name from guard_orders o join guard_users u on u.id = o.user_id order by o.id")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    static int countOrders() throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from guard_orders")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    abstract static class WithSchema {
        @BeforeAll
        static void schema() throws SQLException {
            createSchema();
        }
    }

    static class NPlusOneInLoop extends WithSchema {
        @Test
        @NoNPlusOne
        void listsUserNames() throws SQLException {
            userNamesOneByOne();
        }
    }

    static class JoinedInstead extends WithSchema {
        @Test
        @NoNPlusOne
        @QueryBudget(selects = 1)
        void listsUserNames() throws SQLException {
            userNamesJoined();
        }
    }

    @QueryBudget(selects = 2)
    static class ClassBudget extends WithSchema {
        @Test
        void threeSelects() throws SQLException {
            countOrders();
            countOrders();
            countOrders();
        }

        @Test
        @QueryBudget(selects = 3)
        void methodBudgetReplacesClassBudget() throws SQLException {
            countOrders();
            countOrders();
            countOrders();
        }
    }

    static class Repeats extends WithSchema {
        @Test
        @NoRepeatedQueries
        void countsTwice() throws SQLException {
            countOrders();
            countOrders();
        }
    }

    static class FanOut extends WithSchema {
        @Test
        @QueryBudget(selects = 4)
        void wrappedPoolWorkCounts() throws Exception {
            ExecutorService pool = Perfloop.wrap(Executors.newFixedThreadPool(4));
            try {
                List<Future<Integer>> futures = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    futures.add(pool.submit(GuardFixtures::countOrders));
                }
                for (Future<Integer> f : futures) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
        }

        @Test
        @QueryBudget(selects = 1)
        void unwrappedThreadWorkCountsToo() throws Exception {
            Thread t = new Thread(() -> {
                try {
                    countOrders();
                    countOrders();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            t.start();
            t.join();
        }
    }
}
