package io.perfloop.agent.instrumentation.jdbc;

import io.perfloop.agent.bootstrap.AgentRuntime;
import io.perfloop.agent.bootstrap.Probe;
import io.perfloop.agent.bootstrap.Probes;
import io.perfloop.agent.bootstrap.WeakIdentityMap;
import io.perfloop.core.work.CallDepth;
import io.perfloop.core.work.UnitOfWork;
import io.perfloop.jdbc.CaptureOptions;
import io.perfloop.jdbc.capture.Capture;
import io.perfloop.jdbc.capture.CapturedStatement;
import io.perfloop.jdbc.capture.StatementTracker;

import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * What the JDBC advice reports to: the same {@link StatementTracker} logic perfloop-jdbc's proxies
 * use, attached to the driver's (or pool's) own statement objects instead of to a proxy. Only the
 * outermost JDBC call on a thread counts ({@link CallDepth#JDBC}, shared with the proxies): a
 * pool's statement over a driver's, a driver calling itself, perfloop's proxy over either —
 * one statement, recorded once. Statements run while no unit of work is open are only counted.
 */
public final class JdbcProbe {
    private static final Probe PROBE = Probes.JDBC;
    private static final Object NESTED = new Object();
    private static final WeakIdentityMap<Object, StatementTracker> TRACKERS = new WeakIdentityMap<>();
    private static volatile Capture capture = new Capture(CaptureOptions.DEFAULTS);

    private JdbcProbe() {
    }

    /** Sets the capture options (SQL length, bind values, call-site exclusions) at agent start. */
    public static void configure(CaptureOptions options) {
        capture = new Capture(options);
    }

    /** {@code prepareStatement}/{@code prepareCall} starts; returns a token for {@link #prepared}. */
    public static Object prepareStarted() {
        return CallDepth.JDBC.enter() == 0 ? Boolean.TRUE : NESTED;
    }

    /** {@code prepareStatement}/{@code prepareCall} returned {@code statement} for {@code sql}. */
    public static void prepared(Object token, Object statement, String sql) {
        if (token == null) {
            return;
        }
        CallDepth.JDBC.exit();
        if (token == Boolean.TRUE && statement != null && PROBE.on()) {
            try {
                TRACKERS.put(statement, capture.tracker(sql));
            } catch (Throwable e) {
                PROBE.fail(e);
            }
        }
    }

    /** A statement call other than execute starts (set*, addBatch …); returns its tracker if outermost, else a marker. */
    public static Object callStarted(Object statement) {
        if (CallDepth.JDBC.enter() > 0 || !PROBE.on()) {
            return NESTED;
        }
        try {
            return tracker(statement);
        } catch (Throwable e) {
            PROBE.fail(e);
            return NESTED;
        }
    }

    /** Ends what {@link #callStarted} began; returns the tracker to update, or {@code null}. */
    static StatementTracker callEnded(Object token) {
        if (token == null) {
            return null;
        }
        CallDepth.JDBC.exit();
        return token instanceof StatementTracker tracker && PROBE.on() ? tracker : null;
    }

    /** An {@code execute*} method starts; returns a token for {@link #executeFinished}. */
    public static Object executeStarted(Object statement, String method, String sql) {
        if (CallDepth.JDBC.enter() > 0) {
            return NESTED;
        }
        try {
            if (!PROBE.on() || !AgentRuntime.capturing()) {
                return NESTED;
            }
            if (UnitOfWork.current().isEmpty()) {
                AgentRuntime.statementOutsideRequest();
                return NESTED;
            }
            StatementTracker tracker = tracker(statement);
            tracker.executionStarted(sql, method.endsWith("Batch"));
            return tracker;
        } catch (Throwable e) {
            PROBE.fail(e);
            return NESTED;
        }
    }

    /** The {@code execute*} method returned {@code result} or threw {@code error}. */
    public static void executeFinished(Object token, Object result, Throwable error) {
        if (token == null) {
            return;
        }
        CallDepth.JDBC.exit();
        if (token instanceof StatementTracker tracker) {
            try {
                CapturedStatement recorded = tracker.executionFinished(result, error);
                if (result instanceof ResultSet) {
                    ResultSetRows.watch(result, recorded);
                }
            } catch (Throwable e) {
                PROBE.fail(e);
            }
        }
    }

    /** A {@code set*(int index, value…)} call ended. */
    public static void parameterSet(Object token, String method, int index, Object value, Throwable error) {
        StatementTracker tracker = callEnded(token);
        if (tracker != null && error == null) {
            tracker.parameterSet(index, "setNull".equals(method) ? null : value);
        }
    }

    /** {@code addBatch()} or {@code addBatch(sql)} ended. */
    public static void batchAdded(Object token, String sql, Throwable error) {
        StatementTracker tracker = callEnded(token);
        if (tracker != null && error == null) {
            tracker.batchAdded(sql);
        }
    }

    /** {@code clearBatch()} ended. */
    public static void batchCleared(Object token) {
        StatementTracker tracker = callEnded(token);
        if (tracker != null) {
            tracker.batchCleared();
        }
    }

    /** {@code clearParameters()} ended. */
    public static void parametersCleared(Object token) {
        StatementTracker tracker = callEnded(token);
        if (tracker != null) {
            tracker.parametersCleared();
        }
    }

    /** {@code getResultSet()} returned {@code resultSet}: its rows count for the last execution. */
    public static void resultSetReturned(Object token, Object resultSet) {
        StatementTracker tracker = callEnded(token);
        if (tracker != null) {
            ResultSetRows.watch(resultSet, tracker.last());
        }
    }

    /** {@code ResultSet.next()} returned {@code true}. */
    public static void rowRead(Object resultSet) {
        try {
            ResultSetRows.rowRead(resultSet);
        } catch (Throwable e) {
            PROBE.fail(e);
        }
    }

    /** {@code ResultSet.close()} was called. */
    public static void resultSetClosed(Object resultSet) {
        try {
            ResultSetRows.closed(resultSet);
        } catch (Throwable e) {
            PROBE.fail(e);
        }
    }

    private static StatementTracker tracker(Object statement) {
        StatementTracker tracker = TRACKERS.get(statement);
        if (tracker == null) {
            // prepared before the agent saw it: its SQL is unknown, its executions still count
            tracker = capture.tracker(statement instanceof PreparedStatement ? "" : null);
            TRACKERS.put(statement, tracker);
        }
        return tracker;
    }
}
