package io.perfloop.agent.instrumentation.httpurlconnection;

import io.perfloop.agent.bootstrap.http.HttpUrlConnectionCalls;
import net.bytebuddy.asm.Advice;

import java.net.HttpURLConnection;

/** On {@code getInputStream()}: the response arrived (or failed), the call ends. */
public final class InputStreamAdvice {
    private InputStreamAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    static Object enter(@Advice.This HttpURLConnection connection) {
        return HttpUrlConnectionCalls.inputRequested(connection);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    static void exit(@Advice.Enter Object token, @Advice.This HttpURLConnection connection,
                     @Advice.FieldValue("responseCode") int responseCode, @Advice.Thrown Throwable error) {
        HttpUrlConnectionCalls.inputReturned(token, connection, responseCode, error);
    }
}
