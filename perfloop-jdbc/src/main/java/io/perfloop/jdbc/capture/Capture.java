package io.perfloop.jdbc.capture;

import io.perfloop.core.event.CallSiteLocator;
import io.perfloop.core.work.Clock;
import io.perfloop.core.work.StatementRouter;
import io.perfloop.jdbc.CaptureOptions;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Wraps JDBC objects in capturing proxies and records what they execute; hands out
 * {@link StatementTracker}s to capture that watches statements another way (the agent). One
 * instance per wrapped data source, driver or agent; it holds only configuration.
 */
public final class Capture {
    // Proxy.newProxyInstance looks its proxy class up on every call; the constructors are looked up once
    private static final Constructor<?> CONNECTION = proxyConstructor(Connection.class);
    private static final Constructor<?> STATEMENT = proxyConstructor(Statement.class);
    private static final Constructor<?> PREPARED = proxyConstructor(PreparedStatement.class);
    private static final Constructor<?> CALLABLE = proxyConstructor(CallableStatement.class);
    private static final Constructor<?> RESULT_SET = proxyConstructor(ResultSet.class);

    private static final java.util.concurrent.atomic.AtomicLong CONNECTIONS = new java.util.concurrent.atomic.AtomicLong();

    private final CaptureOptions options;
    private final CallSiteLocator locator;

    /** Capture with the given options. */
    public Capture(CaptureOptions options) {
        this.options = options;
        this.locator = new CallSiteLocator(options.callSiteExclusions());
    }

    /** How many connections have been captured in this JVM; 0 means nothing is watched. */
    public static long connectionsCaptured() {
        return CONNECTIONS.get();
    }

    CaptureOptions options() {
        return options;
    }

    /**
     * A capturing view of {@code connection}; the connection itself when it (or anything it
     * wraps) is captured already, so that stacked wrappers record each statement once.
     */
    public Connection connection(Connection connection) {
        if (connection == null || isCaptured(connection)) {
            return connection;
        }
        CONNECTIONS.incrementAndGet();
        return (Connection) newProxy(CONNECTION, new ConnectionHandler(connection, this));
    }

    static boolean isCaptured(java.sql.Wrapper object) {
        if (object instanceof Captured) {
            return true;
        }
        try {
            return object.isWrapperFor(Captured.class);
        } catch (SQLException | RuntimeException e) {
            return false; // a closed or odd wrapper: treat as not captured
        }
    }

    Statement statement(Statement statement, Connection owner, SqlShape preparedShape) {
        Constructor<?> proxy = statement instanceof CallableStatement ? CALLABLE
                : statement instanceof PreparedStatement ? PREPARED : STATEMENT;
        return (Statement) newProxy(proxy, new StatementHandler(statement, owner, preparedShape, this));
    }

    /**
     * A tracker for a statement that the caller watches itself (the agent's advice does): pass the
     * SQL a prepared or callable statement was created with, {@code ""} for one whose SQL was not
     * seen, {@code null} for a plain {@code Statement}.
     */
    public StatementTracker tracker(String preparedSql) {
        return new StatementTracker(this, preparedSql == null ? null : shape(preparedSql));
    }

    ResultSet resultSet(ResultSet resultSet, Statement owner, CapturedStatement counted) {
        if (resultSet == null) {
            return null;
        }
        return (ResultSet) newProxy(RESULT_SET, new ResultSetHandler(resultSet, owner, counted));
    }

    SqlShape shape(String sql) {
        return SqlShape.of(sql, options.maxSqlLength());
    }

    /**
     * The call site of the statement the current thread executes, or {@code null} when no unit of
     * work or listener would receive it (so unwatched statements cost no stack walk). Callers
     * close to the application call it themselves: every frame between costs a little.
     */
    CallSiteLocator.Located locateIfWatched() {
        return StatementRouter.anyoneListening() ? locator.locate() : null;
    }

    /**
     * Records one finished execution and returns it (its rows may still grow); {@code null} when
     * no unit of work or listener would receive it.
     *
     * @param located where it was called from, {@code null} to find out here
     */
    CapturedStatement record(SqlShape shape, ParameterValues parameters, long startEpochNanos, long durationNanos,
                             long rows, int batchSize, Throwable error, CallSiteLocator.Located located) {
        if (located == null) {
            located = locateIfWatched();
            if (located == null) {
                return null;
            }
        }
        // unprepared statements carry their values in the text: the text identifies the parameter set
        long hash = parameters == null ? shape.sql().hashCode() : parameters.hash();
        int keys = Math.max(shape.inListWidth(), parameters == null ? 1 : parameters.widestArray());
        List<String> values = parameters != null && options.keepParameterValues()
                ? parameters.render(options.maxParameterLength()) : null;
        CapturedStatement captured = new CapturedStatement(shape, values, hash, startEpochNanos, durationNanos, rows,
                batchSize, keys, located, error == null ? null : describe(error));
        StatementRouter.route(captured);
        return captured;
    }

    static long now() {
        return Clock.epochNanos();
    }

    private static String describe(Throwable error) {
        String message = error.getMessage();
        String text = error.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        return text.length() > 500 ? text.substring(0, 500) + "…" : text;
    }

    private static Constructor<?> proxyConstructor(Class<?> jdbcInterface) {
        Class<?>[] interfaces = {jdbcInterface, Captured.class};
        InvocationHandler none = (proxy, method, args) -> {
            throw new UnsupportedOperationException();
        };
        try {
            return Proxy.newProxyInstance(Capture.class.getClassLoader(), interfaces, none).getClass()
                    .getConstructor(InvocationHandler.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("proxy class without the standard constructor", e);
        }
    }

    private static Object newProxy(Constructor<?> constructor, InvocationHandler handler) {
        try {
            return constructor.newInstance(handler);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot instantiate a capturing proxy", e);
        }
    }
}
