package io.perfloop.jdbc.capture;

import io.perfloop.core.event.CallSiteLocator;
import io.perfloop.core.event.StatementEvent;
import io.perfloop.core.event.StatementKind;
import io.perfloop.core.work.Recorded;
import io.perfloop.core.work.UnitOfWork;

import java.util.List;

/**
 * One execution being captured. It is routed to its unit of work as soon as execute returns;
 * rows read through its result set keep being counted afterwards, which is why units take
 * its {@link #event()} only when they are read.
 */
public final class CapturedStatement implements Recorded {
    private final long unitOfWorkId;
    private final long sequence;
    private final String sql;
    private final String fingerprint;
    private final StatementKind kind;
    private final List<String> parameters;
    private final long parametersHash;
    private final long startEpochNanos;
    private final long durationNanos;
    private final int batchSize;
    private final int keys;
    private final CallSiteLocator.Located located;
    private final String thread;
    private final String error;
    private volatile long rows;

    CapturedStatement(SqlShape shape, List<String> parameters, long parametersHash, long startEpochNanos,
                      long durationNanos, long rows, int batchSize, int keys, CallSiteLocator.Located located, String error) {
        this.unitOfWorkId = UnitOfWork.current().map(UnitOfWork::id).orElse(0L);
        this.sequence = Sequence.next();
        this.sql = shape.sql();
        this.fingerprint = shape.fingerprint();
        this.kind = shape.kind();
        this.parameters = parameters;
        this.parametersHash = parametersHash;
        this.startEpochNanos = startEpochNanos;
        this.durationNanos = durationNanos;
        this.rows = rows;
        this.batchSize = batchSize;
        this.keys = keys;
        this.located = located;
        this.thread = Thread.currentThread().getName();
        this.error = error;
    }

    /** Counts one row read through the statement's result set; only the thread iterating it writes. */
    @SuppressWarnings("NonAtomicOperationOnVolatileField")
    public void rowRead() {
        rows++;
    }

    @Override
    public StatementEvent event() {
        return new StatementEvent(unitOfWorkId, sequence, sql, fingerprint, kind, parameters, parametersHash,
                startEpochNanos, durationNanos, rows, batchSize, keys, located.callSite(), located.frameworks(), thread, error);
    }
}
