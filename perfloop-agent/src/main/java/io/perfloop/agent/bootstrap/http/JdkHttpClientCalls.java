package io.perfloop.agent.bootstrap.http;

import io.perfloop.agent.bootstrap.Probes;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiConsumer;

/**
 * Ends the JDK {@code HttpClient}'s calls. Its types live in the {@code java.net.http} module,
 * which the bootstrap class loader cannot see, so responses are read through the public
 * {@code HttpResponse} interface reflectively (methods resolved once).
 */
public final class JdkHttpClientCalls {
    private JdkHttpClientCalls() {
    }

    /** {@code send} returned {@code response} or threw {@code error}. */
    public static void finished(Object token, Object response, Throwable error) {
        HttpCalls.Timer timer = HttpCalls.leave(token);
        if (timer != null) {
            complete(timer, response, error);
        }
    }

    /** {@code sendAsync} returned {@code future}: the call ends when it completes. */
    public static void finishWhenDone(Object token, CompletableFuture<?> future, Throwable error) {
        HttpCalls.Timer timer = HttpCalls.leave(token);
        if (timer == null) {
            return;
        }
        if (future == null || error != null) {
            complete(timer, null, error);
        } else {
            future.whenComplete(new Completion(timer));
        }
    }

    static void complete(HttpCalls.Timer timer, Object response, Throwable error) {
        int status = -1;
        long bytes = -1;
        try {
            if (response != null) {
                status = (int) Responses.STATUS.invoke(response);
                bytes = bodyBytes(response);
            }
        } catch (Throwable e) {
            Probes.JDK_HTTP_CLIENT.fail(e);
        }
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        timer.finish(status, bytes, cause);
    }

    private static long bodyBytes(Object response) throws ReflectiveOperationException {
        Object body = Responses.BODY.invoke(response);
        if (body instanceof byte[] bytes) {
            return bytes.length;
        }
        if (body instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8).length;
        }
        Object headers = Responses.HEADERS.invoke(response);
        OptionalLong length = (OptionalLong) Responses.FIRST_VALUE_AS_LONG.invoke(headers, "content-length");
        return length.orElse(-1);
    }

    private static final class Completion implements BiConsumer<Object, Throwable> {
        private final HttpCalls.Timer timer;

        Completion(HttpCalls.Timer timer) {
            this.timer = timer;
        }

        @Override
        public void accept(Object response, Throwable error) {
            complete(timer, response, error);
        }
    }

    /** {@code java.net.http.HttpResponse} and {@code HttpHeaders} methods, resolved on first use. */
    private static final class Responses {
        static final Method STATUS;
        static final Method BODY;
        static final Method HEADERS;
        static final Method FIRST_VALUE_AS_LONG;

        static {
            try {
                ClassLoader platform = ClassLoader.getPlatformClassLoader();
                Class<?> response = Class.forName("java.net.http.HttpResponse", false, platform);
                Class<?> headers = Class.forName("java.net.http.HttpHeaders", false, platform);
                STATUS = response.getMethod("statusCode");
                BODY = response.getMethod("body");
                HEADERS = response.getMethod("headers");
                FIRST_VALUE_AS_LONG = headers.getMethod("firstValueAsLong", String.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }
    }
}
