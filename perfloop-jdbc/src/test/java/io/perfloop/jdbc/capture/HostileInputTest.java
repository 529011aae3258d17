package io.perfloop.jdbc.capture;

import io.perfloop.Perfloop;
import io.perfloop.core.work.UnitOfWork;
import io.perfloop.core.work.WorkUnit;
import io.perfloop.jdbc.CaptureOptions;
import io.perfloop.jdbc.PerfloopDataSource;
import io.perfloop.testdb.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Odd and hostile input through the capture: it keeps working and its memory stays bounded. */
class HostileInputTest {
    final DataSource ds = PerfloopDataSource.wrap(EmbeddedPostgres.shared().dataSource(), CaptureOptions.DEFAULTS);

    @Test
    void oneMebibyteStatementIsCutButRuns() throws Exception {
        String big = "select '" + "x".repeat(1 << 20) + "' as big";
        try (UnitOfWork uow = Perfloop.unitOfWork("big"); Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeQuery(big).close();
            WorkUnit unit = uow.snapshot();
            assertThat(unit.statements()).singleElement().satisfies(e -> {
                assertThat(e.sql().length()).isLessThanOrEqualTo(CaptureOptions.DEFAULTS.maxSqlLength() + 1);
                assertThat(e.fingerprint().length()).isLessThanOrEqualTo(CaptureOptions.DEFAULTS.maxSqlLength() + 16);
                assertThat(e.failed()).isFalse();
            });
        }
    }

    @Test
    void unterminatedQuotesAndCommentsFailInTheDriverNotInCapture() throws Exception {
        try (UnitOfWork uow = Perfloop.unitOfWork("broken sql"); Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String sql : new String[] {"select 'unterminated", "select 1 /* never closed", "select \"open", "select $$x"}) {
                assertThatThrownBy(() -> s.executeQuery(sql)).isInstanceOf(SQLException.class);
            }
            s.executeQuery("select 1").close();
            WorkUnit unit = uow.snapshot();
            assertThat(unit.statements()).hasSize(5);
            assertThat(unit.statements().subList(0, 4)).allSatisfy(e -> assertThat(e.failed()).isTrue());
            assertThat(unit.statements().get(4).failed()).isFalse();
        }
    }

    @Test
    void binaryNullAndStreamParametersAreNeverReadByCapture() throws Exception {
        DataSource keeping = PerfloopDataSource.wrap(EmbeddedPostgres.shared().dataSource(),
                CaptureOptions.DEFAULTS.withParameterValues());
        try (UnitOfWork uow = Perfloop.unitOfWork("params"); Connection c = keeping.getConnection();
             PreparedStatement ps = c.prepareStatement("select ?::bytea, ?::text, ?::bytea")) {
            ps.setBytes(1, new byte[] {0, (byte) 0xff, 0x7f});
            ps.setNull(2, java.sql.Types.VARCHAR);
            ps.setBinaryStream(3, new ByteArrayInputStream(new byte[] {1, 2, 3}), 3);
            ps.executeQuery().close();
            assertThat(uow.snapshot().statements()).singleElement()
                    .satisfies(e -> assertThat(e.parameters()).containsExactly("<3 bytes>", "NULL", "<ByteArrayInputStream>"));
        }
    }

    @Test
    void aRunawayLoopKeepsAtMostTheUnitCapacity() throws Exception {
        try (UnitOfWork uow = UnitOfWork.open("runaway", 100); Connection c = ds.getConnection();
             PreparedStatement ps = c.prepareStatement("select ?::int")) {
            for (int i = 0; i < 250; i++) {
                ps.setInt(1, i);
                ps.executeQuery().close();
            }
            WorkUnit unit = uow.snapshot();
            assertThat(unit.statements()).hasSize(100);
            assertThat(unit.dropped()).isEqualTo(150);
        }
    }
}
