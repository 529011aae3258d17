package io.perfloop.jdbc.capture;

import io.perfloop.core.event.CallSiteLocator;

import java.sql.ResultSet;

/**
 * What capture knows about one JDBC statement object between calls: the SQL it was prepared
 * with, its bind values (a hash unless the user opted in), the batch being built and the
 * execution in progress. The proxies of this module and the agent's advice both report the calls
 * they see here, so that both record exactly the same events. Not thread-safe, like the
 * statement it describes.
 */
public final class StatementTracker {
    private final Capture capture;
    private final SqlShape prepared;
    private final ParameterValues parameters;
    private int batchSize;
    private long batchHash;
    private SqlShape batchShape;
    private CapturedStatement last;

    private SqlShape runningShape;
    private int runningSize;
    private boolean runningBatch;
    private long runningStartEpochNanos;
    private long runningStartNanoTime;

    StatementTracker(Capture capture, SqlShape prepared) {
        this.capture = capture;
        this.prepared = prepared;
        this.parameters = prepared == null ? null : new ParameterValues();
    }

    /** A bind value was set at a 1-based index ({@code null} for {@code setNull}). */
    public void parameterSet(int index, Object value) {
        if (parameters != null) {
            parameters.set(index, value);
        }
    }

    /** {@code clearParameters()} was called. */
    public void parametersCleared() {
        if (parameters != null) {
            parameters.clear();
        }
    }

    /** {@code addBatch()} (sql {@code null}) or {@code addBatch(sql)} was called. */
    public void batchAdded(String sql) {
        batchSize++;
        if (sql != null && batchShape == null) {
            batchShape = capture.shape(sql);
        }
        if (parameters != null) {
            batchHash = batchHash * 31 + parameters.hash();
        }
    }

    /** {@code clearBatch()} was called. */
    public void batchCleared() {
        batchSize = 0;
        batchHash = 0;
        batchShape = null;
    }

    /**
     * An {@code execute*} method starts.
     *
     * @param sqlArgument the SQL passed to it ({@code Statement.execute(sql)}), else {@code null}
     * @param batch       whether it is {@code executeBatch}/{@code executeLargeBatch}
     */
    public void executionStarted(String sqlArgument, boolean batch) {
        runningBatch = batch;
        runningShape = sqlArgument != null ? capture.shape(sqlArgument)
                : batch && batchShape != null ? batchShape : prepared;
        runningSize = batch ? batchSize : 1;
        runningStartEpochNanos = Capture.now();
        runningStartNanoTime = System.nanoTime();
    }

    /**
     * An {@code execute*} method runs while nobody watches (no unit of work, no listener): nothing
     * is recorded, but the batch it sends is over and its results are not the last recorded ones.
     */
    public void executionUnwatched(boolean batch) {
        last = null;
        if (batch) {
            batchCleared();
        }
    }

    /**
     * The execution started last returned {@code result} or threw {@code error}: records it into
     * the current unit of work and returns it (rows read from its result set are added later).
     */
    public CapturedStatement executionFinished(Object result, Throwable error) {
        return executionFinished(result, error, null);
    }

    /** As {@link #executionFinished(Object, Throwable)}, with the call site found by the caller ({@code null}: find it). */
    CapturedStatement executionFinished(Object result, Throwable error, CallSiteLocator.Located located) {
        long duration = System.nanoTime() - runningStartNanoTime;
        SqlShape shape = runningShape == null ? SqlShape.of("", 16) : runningShape;
        ParameterValues values = parameters;
        if (runningBatch && parameters != null && !capture.options().keepParameterValues()) {
            // a batch is one round trip: identify it by all its parameter sets together
            values = new ParameterValues();
            values.set(1, batchHash);
        }
        last = capture.record(shape, values, runningStartEpochNanos, duration, error == null ? rowsOf(result) : -1,
                Math.max(runningSize, 1), error, located);
        if (runningBatch) {
            batchCleared();
        }
        return last;
    }

    /** The execution recorded last, whose result set {@code getResultSet()} returns; may be {@code null}. */
    public CapturedStatement last() {
        return last;
    }

    private static long rowsOf(Object result) {
        if (result instanceof Integer n) {
            return n;
        }
        if (result instanceof Long n) {
            return n;
        }
        if (result instanceof int[] counts) {
            long total = 0;
            for (int c : counts) {
                total += Math.max(c, 0);
            }
            return total;
        }
        if (result instanceof long[] counts) {
            long total = 0;
            for (long c : counts) {
                total += Math.max(c, 0);
            }
            return total;
        }
        return result instanceof ResultSet ? 0 : -1;
    }
}
