package io.perfloop.jdbc.capture;

import io.perfloop.Perfloop;
import io.perfloop.core.event.StatementEvent;
import io.perfloop.core.event.StatementKind;
import io.perfloop.core.finding.Finding;
import io.perfloop.core.finding.RuleConfig;
import io.perfloop.core.finding.RuleRegistry;
import io.perfloop.core.work.UnitOfWork;
import io.perfloop.core.work.WorkUnit;
import io.perfloop.jdbc.CaptureOptions;
import io.perfloop.jdbc.PerfloopDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The capture scenarios every database must pass: one abstract suite, one subclass per real
 * database (embedded PostgreSQL 17, local PostgreSQL 15, local MariaDB) and per way in (wrapped
 * DataSource, {@code jdbc:perfloop:} driver URL). Each test creates its own tables under a
 * random prefix, so suites can share a server.
 */
public abstract class CaptureScenarios {
    static final int USERS = 12;

    /** The raw, uncaptured data source of the database under test. */
    protected abstract DataSource rawDataSource();

    /** The captured data source the scenarios run through. */
    protected DataSource capturedDataSource(DataSource raw) {
        return PerfloopDataSource.wrap(raw, CaptureOptions.DEFAULTS);
    }

    /** The driver class whose connection {@code unwrap} must reach. */
    protected abstract Class<?> driverConnectionClass();

    protected String users;
    protected String orders;
    protected DataSource raw;
    protected DataSource ds;
    private final RuleRegistry rules = RuleRegistry.load();

    @BeforeEach
    void createTables() throws SQLException {
        String prefix = "pl" + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffffL);
        users = prefix + "_users";
        orders = prefix + "_orders";
        raw = rawDataSource();
        ds = capturedDataSource(raw);
        try (Connection c = raw.getConnection(); Statement s = c.createStatement()) {
            s.execute("create table " + users + " (id int primary key, name varchar(50))");
            s.execute("create table " + orders + " (id int primary key, user_id int, total int)");
            for (int i = 1; i <= USERS; i++) {
                s.execute("insert into " + users + " values (" + i + ", 'user " + i + "')");
                s.execute("insert into " + orders + " values (" + i + ", " + i + ", " + (i * 10) + ")");
            }
        }
    }

    @AfterEach
    void dropTables() throws SQLException {
        try (Connection c = raw.getConnection(); Statement s = c.createStatement()) {
            s.execute("drop table if exists " + orders);
            s.execute("drop table if exists " + users);
        }
    }

    private WorkUnit run(String name, SqlWork work) throws Exception {
        try (UnitOfWork uow = Perfloop.unitOfWork(name)) {
            work.run();
            return uow.snapshot();
        }
    }

    private List<Finding> findings(WorkUnit unit) {
        return rules.check(unit, RuleConfig.defaults());
    }

    private List<Integer> userIdsOfOrders(Connection c) throws SQLException {
        List<Integer> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select user_id from " + orders + " order by id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getInt(1));
            }
        }
        return ids;
    }

    @Test
    void positive_plainJdbcLoopIsNPlusOne() throws Exception {
        WorkUnit unit = run("GET /orders", () -> {
            try (Connection c = ds.getConnection()) {
                for (int userId : userIdsOfOrders(c)) {
                    try (PreparedStatement ps = c.prepareStatement("select name from " + users + " where id = ?")) {
                        ps.setInt(1, userId);
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                        }
                    }
                }
            }
        });
        assertThat(unit.statements()).hasSize(USERS + 1);
        assertThat(findings(unit)).extracting(Finding::ruleId).containsExactly("n-plus-one");
        Finding f = findings(unit).get(0);
        assertThat(f.evidence()).containsEntry("executions", USERS).containsEntry("distinct parameter sets", USERS);
        assertThat(f.callSite()).startsWith(CaptureScenarios.class.getName() + ".lambda$positive_plainJdbcLoopIsNPlusOne");
        assertThat(f.fix()).contains("IN (");
        assertThat(f.scope()).isEqualTo("GET /orders");
    }

    @Test
    void negative_oneJoin() throws Exception {
        WorkUnit unit = run("GET /orders", () -> {
            try (Connection c = ds.getConnection();
                 PreparedStatement ps = c.prepareStatement("select o.id, u.name from " + orders + " o join " + users
                         + " u on u.id = o.user_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getString(2);
                }
            }
        });
        assertThat(unit.statements()).singleElement().satisfies(s -> assertThat(s.rows()).isEqualTo(USERS));
        assertThat(findings(unit)).isEmpty();
    }

    @Test
    void negative_oneInQuery() throws Exception {
        WorkUnit unit = run("GET /orders", () -> {
            try (Connection c = ds.getConnection()) {
                List<Integer> ids = userIdsOfOrders(c);
                String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
                try (PreparedStatement ps = c.prepareStatement("select id, name from " + users + " where id in (" + marks + ")")) {
                    for (int i = 0; i < ids.size(); i++) {
                        ps.setInt(i + 1, ids.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rs.getString(2);
                        }
                    }
                }
            }
        });
        assertThat(unit.statements()).hasSize(2);
        assertThat(unit.statements().get(1).keys()).isEqualTo(USERS);
        assertThat(findings(unit)).isEmpty();
    }

    @Test
    void positive_sameQuerySameParametersIsRepeated() throws Exception {
        WorkUnit unit = run("GET /users/3", () -> {
            try (Connection c = ds.getConnection()) {
                for (int i = 0; i < 3; i++) {
                    try (PreparedStatement ps = c.prepareStatement("select name from " + users + " where id = ?")) {
                        ps.setInt(1, 3);
                        ps.executeQuery().close();
                    }
                }
            }
        });
        assertThat(findings(unit)).extracting(Finding::ruleId).containsExactly("repeated-query");
        assertThat(findings(unit).get(0).evidence()).containsEntry("executions", 3);
    }

    @Test
    void negative_unpreparedStatementsWithDifferentLiteralsAreNotRepeats() throws Exception {
        WorkUnit unit = run("job", () -> {
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                s.executeQuery("select name from " + users + " where id = 1").close();
                s.executeQuery("select name from " + users + " where id = 2").close();
            }
        });
        assertThat(unit.statements()).hasSize(2);
        assertThat(unit.statements().get(0).fingerprint()).isEqualTo(unit.statements().get(1).fingerprint());
        assertThat(findings(unit)).isEmpty();
    }

    @Test
    void recordsKindRowsBatchAndRedactsValuesByDefault() throws Exception {
        WorkUnit unit = run("import", () -> {
            try (Connection c = ds.getConnection();
                 PreparedStatement ps = c.prepareStatement("insert into " + users + " (id, name) values (?, ?)")) {
                for (int i = 100; i < 105; i++) {
                    ps.setInt(1, i);
                    ps.setString(2, "secret-" + i);
                    ps.addBatch();
                }
                ps.executeBatch();
                try (PreparedStatement update = c.prepareStatement("update " + users + " set name = ? where id >= ?")) {
                    update.setString(1, "x");
                    update.setInt(2, 100);
                    assertThat(update.executeUpdate()).isEqualTo(5);
                }
            }
        });
        StatementEvent batch = unit.statements().get(0);
        assertThat(batch.kind()).isEqualTo(StatementKind.INSERT);
        assertThat(batch.batchSize()).isEqualTo(5);
        assertThat(batch.parameters()).isNull();
        assertThat(batch.sql()).doesNotContain("secret");
        StatementEvent update = unit.statements().get(1);
        assertThat(update.kind()).isEqualTo(StatementKind.UPDATE);
        assertThat(update.rows()).isEqualTo(5);
        assertThat(update.durationNanos()).isPositive();
        assertThat(update.thread()).isEqualTo(Thread.currentThread().getName());
    }

    @Test
    void keepsValuesOnlyWhenAskedTo() throws Exception {
        DataSource keeping = PerfloopDataSource.wrap(raw, CaptureOptions.DEFAULTS.withParameterValues());
        WorkUnit unit = run("values", () -> {
            try (Connection c = keeping.getConnection();
                 PreparedStatement ps = c.prepareStatement("select name from " + users + " where id = ? or name = ?")) {
                ps.setInt(1, 7);
                ps.setNull(2, java.sql.Types.VARCHAR);
                ps.executeQuery().close();
                ps.setBytes(2, new byte[] {0, 1, 2, (byte) 0xff});
                try {
                    ps.executeQuery().close();
                } catch (SQLException typeMismatch) {
                    // some servers refuse bytes for varchar; the capture must still hold the values
                }
            }
        });
        assertThat(unit.statements().get(0).parameters()).containsExactly("7", "NULL");
        assertThat(unit.statements().get(1).parameters()).containsExactly("7", "<4 bytes>");
    }

    @Test
    void driverExceptionPropagatesUnchangedAndIsRecorded() throws Exception {
        SQLException[] direct = new SQLException[1];
        try (Connection c = raw.getConnection(); Statement s = c.createStatement()) {
            s.executeQuery("select no_such_column from " + users);
        } catch (SQLException e) {
            direct[0] = e;
        }
        WorkUnit unit = run("broken", () -> {
            try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.executeQuery("select no_such_column from " + users))
                        .isExactlyInstanceOf(direct[0].getClass())
                        .hasMessageContaining("no_such_column")
                        .satisfies(e -> {
                            assertThat(((SQLException) e).getSQLState()).isEqualTo(direct[0].getSQLState());
                            assertThat(((SQLException) e).getErrorCode()).isEqualTo(direct[0].getErrorCode());
                        });
            }
        });
        assertThat(unit.statements()).singleElement().satisfies(s -> {
            assertThat(s.failed()).isTrue();
            assertThat(s.error()).contains("no_such_column");
        });
    }

    @Test
    void unwrapReachesTheRealObjects() throws Exception {
        try (Connection c = ds.getConnection()) {
            assertThat(c.isWrapperFor(driverConnectionClass())).isTrue();
            assertThat(c.unwrap(driverConnectionClass())).isInstanceOf(driverConnectionClass());
            try (PreparedStatement ps = c.prepareStatement("select 1")) {
                assertThat(ps.getConnection()).isSameAs(c);
                assertThat(ps.unwrap(PreparedStatement.class)).isNotInstanceOf(Captured.class);
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.getStatement()).isSameAs(ps);
                }
            }
        }
        if (ds instanceof PerfloopDataSource) {
            assertThat(ds.isWrapperFor(raw.getClass())).isTrue();
            assertThat(ds.unwrap(raw.getClass())).isSameAs(raw);
        }
    }

    @Test
    void wrappingTwiceRecordsOnce() throws Exception {
        DataSource twice = PerfloopDataSource.wrap(PerfloopDataSource.wrap(raw));
        var hikari = new com.zaxxer.hikari.HikariDataSource();
        hikari.setDataSource(PerfloopDataSource.wrap(raw));
        hikari.setMaximumPoolSize(2);
        try (hikari) {
            DataSource poolThenWrapped = PerfloopDataSource.wrap(hikari);
            WorkUnit unit = run("twice", () -> {
                for (DataSource each : List.of(twice, poolThenWrapped)) {
                    try (Connection c = each.getConnection(); Statement s = c.createStatement()) {
                        s.executeQuery("select count(*) from " + users).close();
                    }
                }
            });
            assertThat(unit.statements()).hasSize(2);
        }
    }

    @Test
    void closedConnectionFailsLikeTheDriverAndCaptureGoesOn() throws Exception {
        WorkUnit unit = run("closed", () -> {
            Connection c = ds.getConnection();
            PreparedStatement ps = c.prepareStatement("select 1");
            c.close();
            assertThatThrownBy(ps::executeQuery).isInstanceOf(SQLException.class);
            try (Connection again = ds.getConnection(); Statement s = again.createStatement()) {
                s.executeQuery("select 2").close();
            }
        });
        assertThat(unit.statements()).hasSize(2);
        assertThat(unit.statements().get(0).failed()).isTrue();
        assertThat(unit.statements().get(1).failed()).isFalse();
    }

    @Test
    void unwatchedExecutionsRecordNothingAndLeaveTheStatementCorrect() throws Exception {
        try (Connection c = ds.getConnection();
             PreparedStatement insert = c.prepareStatement("insert into " + users + " (id, name) values (?, ?)");
             PreparedStatement select = c.prepareStatement("select name from " + users + " where id = ?")) {
            // outside any unit of work and with no listener: runs, is not recorded
            for (int i = 200; i < 203; i++) {
                insert.setInt(1, i);
                insert.setString(2, "unwatched " + i);
                insert.addBatch();
            }
            assertThat(insert.executeBatch()).hasSize(3);
            select.setInt(1, 201);
            try (ResultSet rs = select.executeQuery()) {
                assertThat(rs.getStatement()).isSameAs(select);
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("unwatched 201");
            }
            // the same statements, now watched: the unwatched batch is not counted into this one
            WorkUnit unit = run("watched", () -> {
                for (int i = 300; i < 302; i++) {
                    insert.setInt(1, i);
                    insert.setString(2, "watched " + i);
                    insert.addBatch();
                }
                insert.executeBatch();
                select.setInt(1, 300);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        assertThat(rs.getString(1)).isEqualTo("watched 300");
                    }
                }
            });
            assertThat(unit.statements()).hasSize(2);
            assertThat(unit.statements().get(0).batchSize()).isEqualTo(2);
            assertThat(unit.statements().get(1).rows()).isEqualTo(1);
        }
    }

    /** JDBC work that may throw. */
    @FunctionalInterface
    interface SqlWork {
        void run() throws Exception;
    }
}
