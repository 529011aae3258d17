package io.perfloop.benchmarks;

import io.perfloop.Perfloop;
import io.perfloop.core.work.UnitOfWork;
import io.perfloop.jdbc.CaptureOptions;
import io.perfloop.jdbc.PerfloopDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The workload of the JDBC overhead benchmarks, shared so that the PostgreSQL and the in-memory
 * runs measure the same thing: a prepared point lookup by a random id of {@link #ROWS} users,
 * inside a unit of work as a request would run it, through one of three ways in.
 */
final class PointLookup {
    static final int ROWS = 10_000;

    private PointLookup() {
    }

    /** {@code raw} itself, or wrapped by perfloop or by datasource-proxy with its counting listener. */
    static DataSource through(String via, DataSource raw) {
        return switch (via) {
            case "raw" -> raw;
            case "perfloop" -> PerfloopDataSource.wrap(raw, CaptureOptions.DEFAULTS);
            case "datasource-proxy" -> ProxyDataSourceBuilder.create(raw).countQuery().build();
            default -> throw new IllegalArgumentException("unknown way in: " + via);
        };
    }

    /** Prepare, bind, execute, read one row, close; returns the name read. */
    static String run(Connection connection) throws SQLException {
        int id = ThreadLocalRandom.current().nextInt(1, ROWS + 1);
        try (UnitOfWork uow = Perfloop.unitOfWork("GET /users/{id}");
             PreparedStatement ps = connection.prepareStatement("select name, email from bench_users where id = ?")) {
            ps.setInt(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
