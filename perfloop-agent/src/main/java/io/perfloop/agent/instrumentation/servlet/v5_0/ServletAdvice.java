package io.perfloop.agent.instrumentation.servlet.v5_0;

import io.perfloop.agent.bootstrap.Probes;
import io.perfloop.agent.bootstrap.request.ResponseSize;
import io.perfloop.agent.bootstrap.request.ServerRequests;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import net.bytebuddy.asm.Advice;

/**
 * On {@code FilterChain.doFilter} and {@code Servlet.service}: the outermost call of a
 * {@code REQUEST} dispatch serves a request (forwards, includes and error pages are part of it).
 * Spring MVC's best-matching pattern, set while handling, is read at exit.
 */
public final class ServletAdvice {
    private ServletAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    static Object enter(@Advice.Argument(0) ServletRequest request) {
        if (!Probes.SERVLET.on() || !(request instanceof HttpServletRequest)
                || request.getDispatcherType() != DispatcherType.REQUEST) {
            return null;
        }
        HttpServletRequest http = (HttpServletRequest) request;
        return ServerRequests.enter(Probes.SERVLET, http.getMethod(), http.getRequestURI());
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    static void exit(@Advice.Enter Object token, @Advice.Argument(0) ServletRequest request,
                     @Advice.Argument(1) ServletResponse response, @Advice.Thrown Throwable error) {
        Object pattern = null;
        int status = -1;
        long bytes = -1;
        try {
            if (token != null) {
                pattern = request.getAttribute("org.springframework.web.servlet.HandlerMapping.bestMatchingPattern");
                if (response instanceof HttpServletResponse) {
                    HttpServletResponse http = (HttpServletResponse) response;
                    status = http.getStatus();
                    bytes = ResponseSize.of(response, http.getHeader("Content-Length"));
                }
            }
        } finally {
            ServerRequests.exit(token, pattern instanceof String ? (String) pattern : null, status, bytes, error);
        }
    }
}
