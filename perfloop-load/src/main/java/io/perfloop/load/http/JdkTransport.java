package io.perfloop.load.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;

import io.perfloop.load.source.RequestSpec;

/** The JDK's {@link HttpClient}: no dependency, HTTP/2 built in; measured slower per CPU than Jetty's client. */
final class JdkTransport implements HttpTransport {
    private final HttpClient client;
    private final ExecutorService executor;
    private final Duration timeout;

    JdkTransport(ClientSettings settings) {
        this.executor = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), r -> {
            Thread t = new Thread(r, "perfloop-jdk-http");
            t.setDaemon(true);
            return t;
        });
        this.timeout = settings.timeout();
        this.client = HttpClient.newBuilder().executor(executor).connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(settings.http2() ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1).build();
    }

    @Override
    public void send(OutgoingRequest request, Completion done) {
        HttpRequest r;
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(request.url())).timeout(timeout)
                    .method(request.method(), request.body().length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(request.body()));
            for (RequestSpec.Header h : request.headers()) {
                try {
                    b.header(h.name(), h.value());
                } catch (IllegalArgumentException restricted) {
                    // the JDK refuses some headers (Date, Via, ...); the request is still worth sending
                }
            }
            r = b.build();
        } catch (RuntimeException e) {
            done.completed(0, 0, e);
            return;
        }
        client.sendAsync(r, info -> new CountingSubscriber()).whenComplete((response, failure) -> {
            if (failure != null) {
                done.completed(0, 0, failure);
            } else {
                done.completed(response.statusCode(), response.body(), null);
            }
        });
    }

    @Override
    public String name() {
        return "jdk";
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    /** Reads and discards the body, counting its bytes. */
    private static final class CountingSubscriber implements HttpResponse.BodySubscriber<Long> {
        private final CompletableFuture<Long> result = new CompletableFuture<>();
        private long bytes;

        @Override
        public CompletionStage<Long> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> item) {
            for (ByteBuffer b : item) {
                bytes += b.remaining();
            }
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(bytes);
        }
    }
}
