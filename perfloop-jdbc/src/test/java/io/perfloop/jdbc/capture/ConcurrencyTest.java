package io.perfloop.jdbc.capture;

import io.perfloop.Perfloop;
import io.perfloop.core.event.StatementEvent;
import io.perfloop.core.work.UnitOfWork;
import io.perfloop.core.work.WorkUnit;
import io.perfloop.jdbc.CaptureOptions;
import io.perfloop.jdbc.PerfloopDataSource;
import io.perfloop.testdb.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 32 units of work on 32 threads, their statements interleaved by a barrier, each also fanning
 * out to a shared pool: every statement lands in its own unit, none in another, none lost.
 */
class ConcurrencyTest {
    static final int UNITS = 32;
    static final int ROUNDS = 5;
    static final int FAN_OUT = 3;

    static DataSource ds() {
        return PerfloopDataSource.wrap(EmbeddedPostgres.shared().dataSource(), CaptureOptions.DEFAULTS);
    }

    static void select(DataSource ds, int unit, int round) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select 'unit-" + unit + "-round-" + round + "'")) {
            rs.next();
        }
    }

    /** Each statement names its unit; the unit it was attributed to must be that one. */
    static void assertOwnStatementsOnly(WorkUnit unit, int index, int expected) {
        assertThat(unit.statements()).hasSize(expected);
        for (StatementEvent s : unit.statements()) {
            assertThat(s.sql()).contains("'unit-" + index + "-");
            assertThat(s.unitOfWorkId()).isEqualTo(unit.id());
        }
    }

    @Test
    void concurrentUnitsNeverSeeEachOthersStatements() throws Exception {
        DataSource ds = ds();
        ExecutorService shared = Perfloop.wrap(Executors.newFixedThreadPool(4));
        ExecutorService units = Executors.newFixedThreadPool(UNITS);
        CyclicBarrier barrier = new CyclicBarrier(UNITS);
        try {
            List<Future<WorkUnit>> results = new ArrayList<>();
            for (int u = 0; u < UNITS; u++) {
                int index = u;
                results.add(units.submit(() -> {
                    try (UnitOfWork uow = Perfloop.unitOfWork("unit " + index)) {
                        for (int r = 0; r < ROUNDS; r++) {
                            barrier.await(30, TimeUnit.SECONDS); // all units run round r together
                            select(ds, index, r);
                        }
                        List<Future<?>> fanned = new ArrayList<>();
                        for (int f = 0; f < FAN_OUT; f++) {
                            int round = ROUNDS + f;
                            fanned.add(shared.submit(() -> {
                                select(ds, index, round);
                                return null;
                            }));
                        }
                        for (Future<?> f : fanned) {
                            f.get();
                        }
                        return uow.snapshot();
                    }
                }));
            }
            for (int u = 0; u < UNITS; u++) {
                assertOwnStatementsOnly(results.get(u).get(2, TimeUnit.MINUTES), u, ROUNDS + FAN_OUT);
            }
        } finally {
            units.shutdownNow();
            shared.shutdownNow();
        }
    }

    @Test
    void nestedUnitsCountForTheirParents() throws Exception {
        DataSource ds = ds();
        try (UnitOfWork outer = Perfloop.unitOfWork("outer")) {
            select(ds, 1, 0);
            WorkUnit inner;
            try (UnitOfWork in = Perfloop.unitOfWork("inner")) {
                select(ds, 1, 1);
                inner = in.snapshot();
            }
            select(ds, 1, 2);
            assertThat(inner.statements()).hasSize(1);
            assertThat(inner.parentId()).isEqualTo(outer.id());
            assertThat(outer.snapshot().statements()).hasSize(3);
            assertThat(UnitOfWork.current()).containsSame(outer);
        }
        assertThat(UnitOfWork.current()).isEmpty();
    }
}
