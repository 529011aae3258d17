package io.perfloop.agent.instrumentation.jdkhttpserver;

import io.perfloop.agent.bootstrap.Probes;
import io.perfloop.agent.bootstrap.request.ServerRequests;
import net.bytebuddy.asm.Advice;

/** On the JDK server's response body streams' {@code write(byte[], off, len)}: counts the bytes. */
public final class ResponseWriteAdvice {
    private ResponseWriteAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    static int enter(@Advice.Argument(2) int length) {
        return length; // the method reuses its parameter as a counter: read it before
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    static void exit(@Advice.Enter int length, @Advice.Thrown Throwable error) {
        if (error == null) {
            ServerRequests.responseBytesWritten(Probes.JDK_HTTP_SERVER, length);
        }
    }
}
