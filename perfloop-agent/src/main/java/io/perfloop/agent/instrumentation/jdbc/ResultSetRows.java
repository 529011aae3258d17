package io.perfloop.agent.instrumentation.jdbc;

import io.perfloop.jdbc.capture.CapturedStatement;

import java.lang.ref.WeakReference;

/**
 * Which recorded statement each open result set belongs to, so that {@code next()} can count the
 * rows read. Per thread and small (a result set is read on the thread that ran its query; eight
 * slots cover nested loops), without a map lookup per row and without keeping result sets alive.
 * A result set read on another thread simply goes uncounted.
 */
final class ResultSetRows {
    private static final int SLOTS = 8;
    private static final ThreadLocal<ResultSetRows> OPEN = ThreadLocal.withInitial(ResultSetRows::new);

    @SuppressWarnings("unchecked")
    private final WeakReference<Object>[] resultSets = new WeakReference[SLOTS];
    private final CapturedStatement[] statements = new CapturedStatement[SLOTS];
    private int used;
    private int next;

    static void watch(Object resultSet, CapturedStatement statement) {
        if (resultSet != null && statement != null) {
            OPEN.get().put(resultSet, statement);
        }
    }

    static void rowRead(Object resultSet) {
        ResultSetRows open = OPEN.get();
        if (open.used > 0) {
            CapturedStatement statement = open.find(resultSet);
            if (statement != null) {
                statement.rowRead();
            }
        }
    }

    static void closed(Object resultSet) {
        ResultSetRows open = OPEN.get();
        if (open.used > 0) {
            open.remove(resultSet);
        }
    }

    private void put(Object resultSet, CapturedStatement statement) {
        for (int i = 0; i < SLOTS; i++) {
            if (resultSets[i] == null || resultSets[i].get() == null || resultSets[i].get() == resultSet) {
                set(i, resultSet, statement);
                return;
            }
        }
        set(next, resultSet, statement); // all busy: replace round-robin
        next = (next + 1) % SLOTS;
    }

    private void set(int i, Object resultSet, CapturedStatement statement) {
        if (resultSets[i] == null) {
            used++;
        }
        resultSets[i] = new WeakReference<>(resultSet);
        statements[i] = statement;
    }

    private CapturedStatement find(Object resultSet) {
        for (int i = 0; i < SLOTS; i++) {
            WeakReference<Object> ref = resultSets[i];
            if (ref != null && ref.get() == resultSet) {
                return statements[i];
            }
        }
        return null;
    }

    private void remove(Object resultSet) {
        for (int i = 0; i < SLOTS; i++) {
            WeakReference<Object> ref = resultSets[i];
            if (ref != null && (ref.get() == resultSet || ref.get() == null)) {
                resultSets[i] = null;
                statements[i] = null;
                used--;
            }
        }
    }
}
