package io.perfloop.jdbc.capture;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.Statement;

/** Hands out capturing statements; everything else goes straight to the real connection. */
final class ConnectionHandler extends DelegatingHandler<Connection> {
    private final Capture capture;

    ConnectionHandler(Connection delegate, Capture capture) {
        super(delegate);
        this.capture = capture;
    }

    @Override
    Object handle(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        Object result = forward(method, args);
        if (result instanceof Statement statement && !(result instanceof Captured)) {
            switch (name) {
                case "createStatement":
                    return capture.statement(statement, (Connection) proxy, null);
                case "prepareStatement":
                case "prepareCall":
                    return capture.statement(statement, (Connection) proxy, capture.shape((String) args[0]));
                default:
                    return result;
            }
        }
        return result;
    }
}
