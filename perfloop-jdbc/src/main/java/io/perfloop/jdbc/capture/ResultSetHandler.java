package io.perfloop.jdbc.capture;

import java.lang.reflect.Method;
import java.sql.ResultSet;
import java.sql.Statement;

/** Counts the rows an application actually reads from a result set. */
final class ResultSetHandler extends DelegatingHandler<ResultSet> {
    private final Statement owner;
    private final CapturedStatement counted;

    ResultSetHandler(ResultSet delegate, Statement owner, CapturedStatement counted) {
        super(delegate);
        this.owner = owner;
        this.counted = counted;
    }

    @Override
    Object handle(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        if (name.equals("next")) {
            boolean more = delegate.next();
            if (more && counted != null) {
                counted.rowRead();
            }
            return more;
        }
        if (name.equals("getStatement") && owner != null) {
            return owner;
        }
        return forward(method, args);
    }
}
