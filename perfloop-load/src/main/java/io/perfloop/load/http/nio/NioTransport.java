package io.perfloop.load.http.nio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import io.perfloop.load.http.HttpTransport;
import io.perfloop.load.http.OutgoingRequest;

/**
 * perfloop's own HTTP/1.1 client for plain {@code http://}: event loops over NIO with keep-alive
 * connections, each request encoded to bytes once and written as they are, each response parsed on the bytes
 * without building headers. Chosen as the default because it needed a fraction of the CPU per request of the
 * general-purpose clients (see docs/load.md). {@code https://} requests go to a fallback client. A sender that
 * is not an event loop (the open model's scheduler) writes on an idle connection itself, so a request costs
 * the loop one wake-up (for its response) instead of two.
 */
public final class NioTransport implements HttpTransport {
    private final EventLoop[] loops;
    private final long timeoutNanos;
    private final Destinations destinations = new Destinations();
    private final AtomicInteger next = new AtomicInteger();
    private final Supplier<HttpTransport> fallbackFactory;
    private volatile HttpTransport fallback;

    /**
     * @param loops           event loop threads (connections are spread over them)
     * @param connections     most connections per destination, all loops together
     * @param timeoutNanos    per-request timeout, from the hand-over to the transport
     * @param fallbackFactory makes the client for {@code https://} requests, on first need
     */
    public NioTransport(int loops, int connections, long timeoutNanos, Supplier<HttpTransport> fallbackFactory) {
        if (loops < 1 || connections < 1) {
            throw new IllegalArgumentException("loops and connections must be at least 1");
        }
        this.timeoutNanos = timeoutNanos;
        this.fallbackFactory = fallbackFactory;
        this.loops = new EventLoop[loops];
        int perLoop = (connections + loops - 1) / loops;
        try {
            for (int i = 0; i < loops; i++) {
                this.loops[i] = new EventLoop("perfloop-nio-" + i, perLoop);
            }
        } catch (IOException e) {
            close();
            throw new UncheckedIOException("cannot open a selector", e);
        }
    }

    @Override
    public void send(OutgoingRequest request, Completion done) {
        EncodedRequest encoded = request.encoded(EncodedRequest.class, r -> EncodedRequest.encode(r, destinations));
        if (encoded.invalid() != null) {
            done.completed(0, 0, encoded.invalid());
            return;
        }
        if (encoded.https()) {
            fallback().send(request, done);
            return;
        }
        Exchange x = new Exchange(encoded, done, System.nanoTime() + timeoutNanos);
        for (EventLoop loop : loops) {
            if (loop.isLoopThread()) {
                loop.dispatch(x); // a completion sending the next request: stay on this loop and its connections
                return;
            }
        }
        Destination d = encoded.destination();
        int first = loops.length == 1 ? 0 : Math.floorMod(next.getAndIncrement(), loops.length);
        if (d.address() != null) {
            for (int i = 0; i < loops.length; i++) {
                Connection idle = loops[(first + i) % loops.length].pool(d).takeIdle();
                if (idle != null) {
                    idle.start(x); // written from this thread: no wake-up of the loop until the response arrives
                    return;
                }
            }
        }
        loops[first].submit(x);
    }

    private HttpTransport fallback() {
        HttpTransport f = fallback;
        if (f == null) {
            synchronized (this) {
                if (fallback == null) {
                    fallback = fallbackFactory.get();
                }
                f = fallback;
            }
        }
        return f;
    }

    @Override
    public String name() {
        return "nio";
    }

    @Override
    public void close() {
        for (EventLoop loop : loops) {
            if (loop != null) {
                loop.close();
            }
        }
        HttpTransport f = fallback;
        if (f != null) {
            f.close();
        }
    }
}
