package io.perfloop.agent.instrumentation.jdkhttpserver;

import com.sun.net.httpserver.HttpExchange;
import io.perfloop.agent.bootstrap.Probes;
import io.perfloop.agent.bootstrap.request.ServerRequests;
import net.bytebuddy.asm.Advice;

/** On {@code com.sun.net.httpserver.Filter.Chain.doFilter(exchange)}: the outermost one serves a request. */
public final class FilterChainAdvice {
    private FilterChainAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    static Object enter(@Advice.Argument(0) HttpExchange exchange) {
        if (!Probes.JDK_HTTP_SERVER.on()) {
            return null;
        }
        return ServerRequests.enter(Probes.JDK_HTTP_SERVER, exchange.getRequestMethod(), exchange.getRequestURI().getRawPath());
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    static void exit(@Advice.Enter Object token, @Advice.Argument(0) HttpExchange exchange, @Advice.Thrown Throwable error) {
        int status = -1;
        try {
            if (token != null) {
                status = exchange.getResponseCode();
            }
        } finally {
            ServerRequests.exit(token, null, status, -1, error);
        }
    }
}
