package io.perfloop.agent.instrumentation.jdkhttpclient;

import io.perfloop.agent.bootstrap.Probes;
import io.perfloop.agent.bootstrap.http.HttpCalls;
import io.perfloop.agent.bootstrap.http.JdkHttpClientCalls;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

import java.net.http.HttpRequest;

/** On {@code HttpClientImpl.send(request, handler)}: one call, timed on the caller's thread. */
public final class SendAdvice {
    private SendAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    static Object enter(@Advice.Argument(0) HttpRequest request) {
        return HttpCalls.start(Probes.JDK_HTTP_CLIENT, request.method(), String.valueOf(request.uri()),
                request.bodyPublisher().isPresent() ? request.bodyPublisher().get().contentLength() : 0, false);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    static void exit(@Advice.Enter Object token, @Advice.Return(typing = Assigner.Typing.DYNAMIC) Object response,
                     @Advice.Thrown Throwable error) {
        JdkHttpClientCalls.finished(token, response, error);
    }
}
