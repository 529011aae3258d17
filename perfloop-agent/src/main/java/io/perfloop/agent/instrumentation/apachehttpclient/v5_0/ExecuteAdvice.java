package io.perfloop.agent.instrumentation.apachehttpclient.v5_0;

import io.perfloop.agent.bootstrap.Probes;
import io.perfloop.agent.bootstrap.http.HttpCalls;
import net.bytebuddy.asm.Advice;
import org.apache.hc.client5.http.impl.classic.CloseableHttpResponse;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.HttpHost;

/** On {@code CloseableHttpClient.doExecute(target, request, context)}, where every classic execute ends up. */
public final class ExecuteAdvice {
    private ExecuteAdvice() {
    }

    @Advice.OnMethodEnter(suppress = Throwable.class)
    static Object enter(@Advice.Argument(0) HttpHost target, @Advice.Argument(1) ClassicHttpRequest request) {
        String path = request.getRequestUri();
        String url = target != null && path != null && path.startsWith("/") ? target.toURI() + path : path;
        return HttpCalls.start(Probes.APACHE_HTTP_CLIENT, request.getMethod(), url,
                request.getEntity() == null ? 0 : request.getEntity().getContentLength(), false);
    }

    @Advice.OnMethodExit(onThrowable = Throwable.class, suppress = Throwable.class)
    static void exit(@Advice.Enter Object token, @Advice.Return CloseableHttpResponse response,
                     @Advice.Thrown Throwable error) {
        int status = -1;
        long bytes = -1;
        try {
            if (response != null) {
                status = response.getCode();
                bytes = response.getEntity() == null ? 0 : response.getEntity().getContentLength();
            }
        } finally {
            HttpCalls.finish(token, status, bytes, error);
        }
    }
}
