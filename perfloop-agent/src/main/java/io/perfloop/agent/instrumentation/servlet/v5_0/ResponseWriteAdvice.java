package io.perfloop.agent.instrumentation.servlet.v5_0;

import io.perfloop.agent.bootstrap.Probes;
import io.perfloop.agent.bootstrap.request.ServerRequests;
import net.bytebuddy.asm.Advice;

/**
 * On the {@code write} methods of {@code ServletOutputStream} implementations: the time of the
 * request's first response body write (the server reports the size itself at exit).
 */
public final class ResponseWriteAdvice {
    private ResponseWriteAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    static void enter() {
        ServerRequests.responseWriting(Probes.SERVLET);
    }
}
