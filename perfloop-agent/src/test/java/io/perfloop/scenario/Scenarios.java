package io.perfloop.scenario;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * JDBC work run the same way under both capture modes: through perfloop-jdbc's wrapper inside a
 * unit of work the test opens, and through the agent inside a request the agent opens. Each
 * scenario's statements must come out identical.
 */
public final class Scenarios {
    public static final int USERS = 6;
    public static final List<String> NAMES = List.of("n-plus-one", "batch", "executor", "completable-future",
            "failing", "virtual-threads");

    private final DataSource ds;
    private final String users;

    public Scenarios(DataSource ds, String users) {
        this.ds = ds;
        this.users = users;
    }

    /** Creates and fills the users table (outside any unit of work). */
    public static void createTables(DataSource ds, String users) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("drop table if exists " + users);
            s.execute("create table " + users + " (id int primary key, name varchar(40))");
            for (int i = 1; i <= USERS; i++) {
                s.execute("insert into " + users + " values (" + i + ", 'user " + i + "')");
            }
        }
    }

    /** Runs one scenario by name; {@code async} is the executor for CompletableFuture stages (null: the default). */
    public void run(String name, ExecutorService pool, Executor async) throws Exception {
        switch (name) {
            case "n-plus-one" -> nPlusOne();
            case "batch" -> batch();
            case "executor" -> onExecutor(pool);
            case "completable-future" -> completableFuture(async);
            case "failing" -> failing();
            case "virtual-threads" -> virtualThreads();
            default -> throw new IllegalArgumentException("no scenario " + name);
        }
    }

    void nPlusOne() throws SQLException {
        try (Connection c = ds.getConnection()) {
            List<Integer> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select id from " + users + " order by id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getInt(1));
                }
            }
            for (int id : ids) {
                try (PreparedStatement ps = c.prepareStatement("select name from " + users + " where id = ?")) {
                    ps.setInt(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                    }
                }
            }
        }
    }

    void batch() throws SQLException {
        try (Connection c = ds.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("insert into " + users + " (id, name) values (?, ?)")) {
                for (int i = 100; i < 105; i++) {
                    ps.setInt(1, i);
                    ps.setString(2, "batch " + i);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("delete from " + users + " where id >= 100");
            }
        }
    }

    void onExecutor(ExecutorService pool) throws Exception {
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            int id = i;
            futures.add(pool.submit(() -> nameOf(id)));
        }
        for (Future<?> f : futures) {
            f.get();
        }
    }

    void completableFuture(Executor async) {
        CompletableFuture<String> first = async == null ? CompletableFuture.supplyAsync(() -> nameOf(1))
                : CompletableFuture.supplyAsync(() -> nameOf(1), async);
        CompletableFuture<String> second = async == null ? first.thenApplyAsync(n -> nameOf(2))
                : first.thenApplyAsync(n -> nameOf(2), async);
        second.join();
    }

    void failing() throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeQuery("select no_such_column from " + users).close();
        } catch (SQLException expected) {
            // the statement is recorded with its error
        }
    }

    void virtualThreads() throws Exception {
        if (Runtime.version().feature() < 21) {
            nameOf(1); // same statement count on old JDKs, on the request thread
            nameOf(2);
            return;
        }
        ExecutorService virtual = (ExecutorService) java.util.concurrent.Executors.class
                .getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
        try {
            Future<String> a = virtual.submit(() -> nameOf(1));
            Future<String> b = virtual.submit(() -> nameOf(2));
            a.get();
            b.get();
        } finally {
            virtual.shutdown();
        }
    }

    String nameOf(int id) {
        try (Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("select name from " + users + " where id = ?")) {
            ps.setInt(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
