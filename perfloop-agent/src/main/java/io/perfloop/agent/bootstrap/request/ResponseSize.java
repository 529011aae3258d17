package io.perfloop.agent.bootstrap.request;

import java.lang.reflect.Method;

/**
 * How many body bytes a servlet response carried. Tomcat counts what the application wrote
 * ({@code ResponseFacade.getContentWritten()}, found reflectively once per response class);
 * elsewhere the declared {@code Content-Length} is used; -1 when neither is known.
 */
public final class ResponseSize {
    private static final ClassValue<Method> COUNTER = new ClassValue<>() {
        @Override
        protected Method computeValue(Class<?> type) {
            try {
                Method m = type.getMethod("getContentWritten");
                return m.getReturnType() == long.class ? m : null;
            } catch (NoSuchMethodException | SecurityException e) {
                return null;
            }
        }
    };

    private ResponseSize() {
    }

    /** The body size of {@code response}, given its {@code Content-Length} header value (may be null). */
    public static long of(Object response, String contentLength) {
        if (response != null) {
            Method counter = COUNTER.get(response.getClass());
            if (counter != null) {
                try {
                    return (long) counter.invoke(response);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // fall back to the header
                }
            }
        }
        if (contentLength != null) {
            try {
                return Long.parseLong(contentLength.trim());
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return -1;
    }
}
