package io.perfloop.agent.instrumentation.httpurlconnection;

import io.perfloop.agent.bootstrap.http.HttpUrlConnectionCalls;
import net.bytebuddy.asm.Advice;

import java.net.HttpURLConnection;

/** On {@code connect()} and {@code getOutputStream()}: the call starts here at the latest. */
public final class ConnectAdvice {
    private ConnectAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    static void enter(@Advice.This HttpURLConnection connection) {
        HttpUrlConnectionCalls.touched(connection);
    }
}
