package io.perfloop.samples.shop.support;

import javax.sql.DataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the SQL statements the shop executes, by wrapping its DataSource (every
 * {@code execute*} call on a Statement, PreparedStatement or CallableStatement counts once; a
 * batch counts once). The count is global to the shop, which is exact for these tests: they send
 * one request at a time and the shop runs no background statements.
 *
 * <p>TODO(perfloop-jdbc): replace with @QueryBudget once it lands — perfloop-jdbc's
 * {@code PerfloopDataSource.wrap(DataSource)} and perfloop-junit's {@code @QueryBudget} /
 * {@code @NoNPlusOne} are the project's own guards; this class is the one place to switch.
 */
public final class StatementCounter {

    private final AtomicLong executed = new AtomicLong();
    private final List<String> sql = new CopyOnWriteArrayList<>();

    /** A DataSource that counts through this counter. */
    public DataSource wrap(DataSource target) {
        return proxy(DataSource.class, target, (method, result, args) ->
                method.getName().equals("getConnection") ? wrapConnection((Connection) result) : result);
    }

    /** The number of statements executed while {@code action} ran, and their SQL. */
    public Counted during(Runnable action) {
        sql.clear();
        long before = executed.get();
        action.run();
        return new Counted(executed.get() - before, List.copyOf(sql));
    }

    /**
     * Statements executed during an action.
     *
     * @param statements how many
     * @param sql        their SQL text, in order (for failure messages)
     */
    public record Counted(long statements, List<String> sql) {
    }

    private Connection wrapConnection(Connection connection) {
        return proxy(Connection.class, connection, (method, result, args) -> {
            String name = method.getName();
            if (name.equals("prepareStatement")) {
                return wrapStatement(PreparedStatement.class, (Statement) result, (String) args[0]);
            }
            if (name.equals("prepareCall")) {
                return wrapStatement(CallableStatement.class, (Statement) result, (String) args[0]);
            }
            if (name.equals("createStatement")) {
                return wrapStatement(Statement.class, (Statement) result, null);
            }
            return result;
        });
    }

    private <S extends Statement> S wrapStatement(Class<S> type, Statement statement, String preparedSql) {
        return proxy(type, type.cast(statement), (method, result, args) -> result, (method, args) -> {
            if (method.getName().startsWith("execute")) {
                executed.incrementAndGet();
                sql.add(preparedSql != null ? preparedSql : args != null && args.length > 0 ? String.valueOf(args[0]) : "?");
            }
        });
    }

    @FunctionalInterface
    private interface After {
        Object apply(Method method, Object result, Object[] args);
    }

    @FunctionalInterface
    private interface Before {
        void accept(Method method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, T target, After after) {
        return proxy(type, target, after, (method, args) -> { });
    }

    private static <T> T proxy(Class<T> type, T target, After after, Before before) {
        InvocationHandler handler = (self, method, args) -> {
            if (method.getName().equals("unwrap") && args != null && args[0] == type) {
                return target;
            }
            before.accept(method, args);
            try {
                return after.apply(method, method.invoke(target, args), args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        // keep close() reachable where the target has it (Spring closes the pool through it)
        Class<?>[] interfaces = target instanceof AutoCloseable && !AutoCloseable.class.isAssignableFrom(type)
                ? new Class<?>[] {type, AutoCloseable.class} : new Class<?>[] {type};
        return type.cast(Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), interfaces, handler));
    }
}
