package io.perfloop.agent.instrumentation.jdkhttpclient;

import io.perfloop.agent.bootstrap.Probes;
import io.perfloop.agent.bootstrap.http.HttpCalls;
import io.perfloop.agent.bootstrap.http.JdkHttpClientCalls;
import net.bytebuddy.asm.Advice;

import java.net.http.HttpRequest;
import java.util.concurrent.CompletableFuture;

/** On {@code HttpClientImpl.sendAsync(…)}: the call ends when the returned future completes. */
public final class SendAsyncAdvice {
    private SendAsyncAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    static Object enter(@Advice.Argument(0) HttpRequest request) {
        return HttpCalls.start(Probes.JDK_HTTP_CLIENT, request.method(), String.valueOf(request.uri()),
                request.bodyPublisher().isPresent() ? request.bodyPublisher().get().contentLength() : 0, true);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    static void exit(@Advice.Enter Object token, @Advice.Return CompletableFuture<?> future,
                     @Advice.Thrown Throwable error) {
        JdkHttpClientCalls.finishWhenDone(token, future, error);
    }
}
