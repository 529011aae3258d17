package io.perfloop.agent.instrumentation.jdkhttpserver;

import io.perfloop.agent.bootstrap.Probes;
import io.perfloop.agent.bootstrap.request.ServerRequests;
import net.bytebuddy.asm.Advice;

/** On the JDK server's response body streams' {@code write(int)}: counts one byte. */
public final class ResponseWriteByteAdvice {
    private ResponseWriteByteAdvice() {
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    static void exit(@Advice.Thrown Throwable error) {
        if (error == null) {
            ServerRequests.responseBytesWritten(Probes.JDK_HTTP_SERVER, 1);
        }
    }
}
