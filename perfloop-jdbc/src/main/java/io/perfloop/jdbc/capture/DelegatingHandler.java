package io.perfloop.jdbc.capture;

import io.perfloop.core.work.CallDepth;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Wrapper;

/**
 * Base of the capturing proxies: answers {@code unwrap}/{@code isWrapperFor} so callers reach the
 * real driver objects, gives the proxy its own identity, and forwards everything else unchanged,
 * rethrowing the driver's own exception (never a reflection wrapper). Only the outermost
 * JDBC call on a thread captures ({@link CallDepth#JDBC}): when perfloop's agent already records
 * this call one level up (a pool's statement it instruments, wrapping this proxy), the proxy
 * just forwards, and the agent's advice on the driver below sees it is not outermost either.
 */
abstract class DelegatingHandler<T extends Wrapper> implements InvocationHandler {
    final T delegate;

    DelegatingHandler(T delegate) {
        this.delegate = delegate;
    }

    @Override
    public final Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        switch (method.getName()) {
            case "unwrap":
                if (args != null && args.length == 1 && args[0] instanceof Class<?> iface) {
                    return unwrap(proxy, iface);
                }
                break;
            case "isWrapperFor":
                if (args != null && args.length == 1 && args[0] instanceof Class<?> iface) {
                    return iface == Captured.class || iface.isInstance(delegate) || delegate.isWrapperFor(iface);
                }
                break;
            case "equals":
                if (args != null && args.length == 1) {
                    return proxy == args[0];
                }
                break;
            case "hashCode":
                if (args == null) {
                    return System.identityHashCode(proxy);
                }
                break;
            case "toString":
                if (args == null) {
                    return "perfloop:" + delegate;
                }
                break;
            default:
                break;
        }
        int outer = CallDepth.JDBC.enter();
        try {
            return outer == 0 ? handle(proxy, method, args) : forward(method, args);
        } finally {
            CallDepth.JDBC.exit();
        }
    }

    private Object unwrap(Object proxy, Class<?> iface) throws java.sql.SQLException {
        if (iface == Captured.class) {
            return proxy;
        }
        if (iface.isInstance(delegate)) {
            return delegate;
        }
        return delegate.unwrap(iface);
    }

    /** Handles every method that is not about wrapping or identity. */
    abstract Object handle(Object proxy, Method method, Object[] args) throws Throwable;

    /** Calls the real method, rethrowing what the driver threw. */
    final Object forward(Method method, Object[] args) throws Throwable {
        return call(delegate, method, args);
    }

    static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
