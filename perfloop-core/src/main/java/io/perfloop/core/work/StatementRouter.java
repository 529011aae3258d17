package io.perfloop.core.work;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Where capture hands each statement: to the unit of work current on the executing thread, or,
 * when there is none, to the listeners registered for unscoped work (a test guard uses this to
 * see statements run on threads nobody wrapped). A failing listener is removed, never rethrown
 * into the application's JDBC call.
 */
public final class StatementRouter {
    private static final CopyOnWriteArrayList<Consumer<Recorded>> UNSCOPED = new CopyOnWriteArrayList<>();

    private StatementRouter() {
    }

    /** Routes one captured statement. */
    public static void route(Recorded statement) {
        UnitOfWork unit = UnitOfWork.current().orElse(null);
        if (unit != null) {
            unit.record(statement);
            return;
        }
        for (Consumer<Recorded> listener : UNSCOPED) {
            try {
                listener.accept(statement);
            } catch (RuntimeException | LinkageError e) {
                UNSCOPED.remove(listener);
                System.err.println("[perfloop] removed a failing statement listener: " + e);
            }
        }
    }

    /**
     * Whether a statement executed now on this thread would reach anyone: a unit of work is current
     * or an unscoped listener is registered. Capture asks first and skips the call-site walk and
     * the event when nobody would see them.
     */
    public static boolean anyoneListening() {
        return UnitOfWork.current().isPresent() || !UNSCOPED.isEmpty();
    }

    /** Sees statements executed outside any unit of work until the returned handle is closed. */
    public static Registration onUnscoped(Consumer<Recorded> listener) {
        UNSCOPED.add(listener);
        return () -> UNSCOPED.remove(listener);
    }

    /** Ends a listener registration. */
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
