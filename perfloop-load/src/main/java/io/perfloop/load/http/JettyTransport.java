package io.perfloop.load.http;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.jetty.client.BytesRequestContent;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.HttpClientTransport;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.client.transport.HttpClientTransportOverHTTP;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http2.client.HTTP2Client;
import org.eclipse.jetty.http2.client.transport.HttpClientTransportOverHTTP2;
import org.eclipse.jetty.io.ClientConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import io.perfloop.load.source.RequestSpec;

/**
 * Jetty 12's asynchronous client: one selector thread, a small worker pool, pooled keep-alive connections.
 * Chosen as the default because it sustained the highest rate per CPU of the candidates measured (see
 * docs/load.md), and it speaks HTTP/2 with one extra module.
 */
final class JettyTransport implements HttpTransport {
    private final HttpClient client;
    private final long timeoutMillis;

    private JettyTransport(HttpClient client, long timeoutMillis) {
        this.client = client;
        this.timeoutMillis = timeoutMillis;
    }

    static JettyTransport start(ClientSettings settings) {
        QueuedThreadPool pool = new QueuedThreadPool(Math.max(8, Runtime.getRuntime().availableProcessors() * 2), 2);
        pool.setName("perfloop-http");
        pool.setDaemon(true);
        ClientConnector connector = new ClientConnector();
        connector.setSelectors(1);
        connector.setExecutor(pool);
        connector.setConnectTimeout(settings.timeout());
        HttpClientTransport transport = settings.http2()
                ? new HttpClientTransportOverHTTP2(new HTTP2Client(connector))
                : new HttpClientTransportOverHTTP(connector);
        HttpClient client = new HttpClient(transport);
        client.setExecutor(pool);
        client.setMaxConnectionsPerDestination(settings.connections());
        client.setMaxRequestsQueuedPerDestination(Integer.MAX_VALUE);
        client.setFollowRedirects(false);
        client.setUserAgentField(new HttpField(HttpHeader.USER_AGENT, "perfloop"));
        client.getContentDecoderFactories().clear(); // count wire bytes; do not spend generator CPU inflating
        try {
            client.start();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the Jetty HTTP client: " + e.getMessage(), e);
        }
        return new JettyTransport(client, settings.timeout().toMillis());
    }

    @Override
    public void send(OutgoingRequest request, Completion done) {
        Request r;
        try {
            r = client.newRequest(request.url()).method(request.method()).timeout(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            done.completed(0, 0, e);
            return;
        }
        if (!request.headers().isEmpty()) {
            r.headers(h -> {
                for (RequestSpec.Header header : request.headers()) {
                    h.add(header.name(), header.value());
                }
            });
        }
        if (request.body().length > 0) {
            r.body(new BytesRequestContent(request.body()));
        }
        AtomicLong bytes = new AtomicLong();
        r.onResponseContent((response, content) -> bytes.addAndGet(content.remaining()));
        r.send(result -> done.completed(result.isFailed() ? 0 : result.getResponse().getStatus(), bytes.get(),
                result.getFailure()));
    }

    @Override
    public String name() {
        return "jetty";
    }

    @Override
    public void close() {
        try {
            client.stop();
        } catch (Exception ignored) {
            // stopping a client at the end of a run: nothing left to save
        }
    }
}
