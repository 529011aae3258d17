package io.perfloop.jdbc.capture;

import io.perfloop.core.event.CallSiteLocator;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Reports every call of one statement that matters to capture to its {@link StatementTracker}
 * (bind values, batches, executions) and wraps the result sets it returns so rows read are
 * counted. The driver's results and exceptions pass through untouched; a failed execution is
 * still recorded, with its error.
 */
final class StatementHandler extends DelegatingHandler<Statement> {
    private final Connection owner;
    private final Capture capture;
    private final StatementTracker tracker;
    private final boolean prepared;

    StatementHandler(Statement delegate, Connection owner, SqlShape prepared, Capture capture) {
        super(delegate);
        this.owner = owner;
        this.capture = capture;
        this.tracker = new StatementTracker(capture, prepared);
        this.prepared = prepared != null;
    }

    @Override
    Object handle(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        if (name.startsWith("execute")) {
            return execute(proxy, method, args, name);
        }
        if (prepared && name.startsWith("set") && args != null && args.length >= 2
                && args[0] instanceof Integer index && method.getParameterTypes()[0] == int.class) {
            Object result = forward(method, args);
            tracker.parameterSet(index, name.equals("setNull") ? null : args[1]);
            return result;
        }
        switch (name) {
            case "clearParameters":
                tracker.parametersCleared();
                return forward(method, args);
            case "addBatch":
                Object added = forward(method, args);
                tracker.batchAdded(args != null && args.length == 1 && args[0] instanceof String sql ? sql : null);
                return added;
            case "clearBatch":
                tracker.batchCleared();
                return forward(method, args);
            case "getResultSet":
                return capture.resultSet((ResultSet) forward(method, args), (Statement) proxy, tracker.last());
            case "getGeneratedKeys":
                return capture.resultSet((ResultSet) forward(method, args), (Statement) proxy, null);
            case "getConnection":
                return owner;
            default:
                return forward(method, args);
        }
    }

    private Object execute(Object proxy, Method method, Object[] args, String name) throws Throwable {
        // located here, two frames closer to the application than the tracker would
        CallSiteLocator.Located located = capture.locateIfWatched();
        if (located == null) {
            // nobody would see the statement: run it, keep the proxies' identities, record nothing
            tracker.executionUnwatched(name.endsWith("Batch"));
            Object result = forward(method, args);
            return result instanceof ResultSet resultSet ? capture.resultSet(resultSet, (Statement) proxy, null) : result;
        }
        tracker.executionStarted(args != null && args.length >= 1 && args[0] instanceof String sql ? sql : null,
                name.endsWith("Batch"));
        Object result;
        try {
            result = forward(method, args);
        } catch (Throwable error) {
            tracker.executionFinished(null, error, located);
            throw error;
        }
        CapturedStatement recorded = tracker.executionFinished(result, null, located);
        if (result instanceof ResultSet resultSet) {
            return capture.resultSet(resultSet, (Statement) proxy, recorded);
        }
        return result;
    }
}
