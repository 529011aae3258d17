package io.perfloop.jdbc.capture;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Times every execution of one statement, remembers its bind values (as a hash unless the user
 * opted in), counts batches, and wraps the result sets it returns so rows read are counted.
 * The driver's results and exceptions pass through untouched; a failed execution is still
 * recorded, with its error.
 */
final class StatementHandler extends DelegatingHandler<Statement> {
    private final Connection owner;
    private final SqlShape prepared;
    private final Capture capture;
    private final ParameterValues parameters;
    private int batchSize;
    private long batchHash;
    private SqlShape batchShape;
    private CapturedStatement last;

    StatementHandler(Statement delegate, Connection owner, SqlShape prepared, Capture capture) {
        super(delegate);
        this.owner = owner;
        this.prepared = prepared;
        this.capture = capture;
        this.parameters = prepared == null ? null : new ParameterValues();
    }

    @Override
    Object handle(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        if (name.startsWith("execute")) {
            return execute(proxy, method, args, name);
        }
        if (parameters != null && name.startsWith("set") && args != null && args.length >= 2
                && args[0] instanceof Integer index && method.getParameterTypes()[0] == int.class) {
            Object result = forward(method, args);
            parameters.set(index, name.equals("setNull") ? null : args[1]);
            return result;
        }
        switch (name) {
            case "clearParameters":
                if (parameters != null) {
                    parameters.clear();
                }
                return forward(method, args);
            case "addBatch":
                Object added = forward(method, args);
                batchSize++;
                if (args != null && args.length == 1 && args[0] instanceof String sql && batchShape == null) {
                    batchShape = capture.shape(sql);
                }
                if (parameters != null) {
                    batchHash = batchHash * 31 + parameters.hash();
                }
                return added;
            case "clearBatch":
                resetBatch();
                return forward(method, args);
            case "getResultSet":
                return capture.resultSet((ResultSet) forward(method, args), (Statement) proxy, last);
            case "getGeneratedKeys":
                return capture.resultSet((ResultSet) forward(method, args), (Statement) proxy, null);
            case "getConnection":
                return owner;
            default:
                return forward(method, args);
        }
    }

    private Object execute(Object proxy, Method method, Object[] args, String name) throws Throwable {
        boolean batch = name.endsWith("Batch");
        SqlShape shape = args != null && args.length >= 1 && args[0] instanceof String sql ? capture.shape(sql)
                : batch && batchShape != null ? batchShape : prepared;
        int size = batch ? batchSize : 1;
        long start = Capture.now();
        long t0 = System.nanoTime();
        Object result;
        try {
            result = forward(method, args);
        } catch (Throwable error) {
            last = record(shape, start, System.nanoTime() - t0, -1, size, batch, error);
            if (batch) {
                resetBatch();
            }
            throw error;
        }
        long duration = System.nanoTime() - t0;
        last = record(shape, start, duration, rowsOf(result), size, batch, null);
        if (batch) {
            resetBatch();
        }
        if (result instanceof ResultSet resultSet) {
            return capture.resultSet(resultSet, (Statement) proxy, last);
        }
        return result;
    }

    private CapturedStatement record(SqlShape shape, long start, long duration, long rows, int size, boolean batch,
                                     Throwable error) {
        if (shape == null) {
            shape = SqlShape.of("", 16);
        }
        ParameterValues values = parameters;
        if (batch && parameters != null) {
            // a batch is one round trip: identify it by all its parameter sets together
            ParameterValues combined = new ParameterValues();
            combined.set(1, batchHash);
            values = capture.options().keepParameterValues() ? parameters : combined;
        }
        return capture.record(shape, values, start, duration, rows, Math.max(size, 1), error);
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

    private void resetBatch() {
        batchSize = 0;
        batchHash = 0;
        batchShape = null;
    }
}
