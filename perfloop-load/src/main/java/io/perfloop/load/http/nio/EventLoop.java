package io.perfloop.load.http.nio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeoutException;

/**
 * One thread with one selector that reads and parses responses and calls the completions, so in a closed
 * model the next request is written by the same thread that read the previous response, with no hand-off or
 * wake-up in between (wrk's design). Another thread with a request (the open model's scheduler) writes it
 * itself on an idle connection; only when none is idle does the request go through a queue to the loop,
 * which then opens a connection or lets it wait. The selector is woken only when it sleeps.
 */
final class EventLoop implements Runnable {
    private static final long SCAN_NANOS = 10_000_000L;

    private final Selector selector;
    private final Thread thread;
    private final int maxPerDestination;
    private final ConcurrentLinkedQueue<Exchange> inbox = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Connection> unfinishedWrites = new ConcurrentLinkedQueue<>();
    private final ConcurrentHashMap<Destination, Pool> pools = new ConcurrentHashMap<>();
    private final ByteBuffer readBuffer = ByteBuffer.allocate(64 * 1024);
    private volatile boolean selecting;
    private volatile boolean running = true;
    private Pool lastPool; // read and written by several threads: any Pool it holds is a right answer for its key
    private volatile boolean reportedCallbackFailure;

    EventLoop(String name, int maxPerDestination) throws IOException {
        this.selector = Selector.open();
        this.maxPerDestination = maxPerDestination;
        this.thread = new Thread(this, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues an exchange; from the loop's own thread it is dispatched at once. */
    void submit(Exchange exchange) {
        if (Thread.currentThread() == thread) {
            dispatch(exchange);
            return;
        }
        inbox.add(exchange);
        if (!running) {
            failQueued(); // closed meanwhile: nobody else will take it
        } else if (selecting) {
            selector.wakeup();
        }
    }

    boolean isLoopThread() {
        return Thread.currentThread() == thread;
    }

    @Override
    public void run() {
        long nextScan = System.nanoTime() + SCAN_NANOS;
        try {
            while (running) {
                for (Exchange x; (x = inbox.poll()) != null; ) {
                    dispatch(x);
                }
                for (Connection c; (c = unfinishedWrites.poll()) != null; ) {
                    c.onWritable();
                }
                selecting = true;
                if (inbox.isEmpty() && unfinishedWrites.isEmpty()) {
                    selector.select(this::onReady, 10);
                } else {
                    selector.selectNow(this::onReady);
                }
                selecting = false;
                long now = System.nanoTime();
                if (now - nextScan >= 0) {
                    checkDeadlines(now);
                    nextScan = now + SCAN_NANOS;
                }
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("perfloop: HTTP event loop failed: " + e);
        } finally {
            running = false;
            abortAll();
        }
    }

    private void onReady(SelectionKey key) {
        if (!key.isValid() || !(key.attachment() instanceof Connection c)) {
            return;
        }
        int ready = key.readyOps();
        if ((ready & SelectionKey.OP_CONNECT) != 0) {
            c.onConnectable();
        }
        if ((ready & SelectionKey.OP_WRITE) != 0 && key.isValid()) {
            c.onWritable();
        }
        if ((ready & SelectionKey.OP_READ) != 0 && key.isValid()) {
            c.onReadable(readBuffer);
        }
    }

    /** Sends on an idle connection, opens one, or waits for one (loop thread). */
    void dispatch(Exchange x) {
        Destination d = x.request().destination();
        if (!running) {
            complete(x, 0, 0, new IOException("HTTP client closed"));
            return;
        }
        if (d.address() == null) {
            complete(x, 0, 0, d.unresolved());
            return;
        }
        Pool p = pool(d);
        Connection idle = p.takeIdle();
        if (idle != null) {
            idle.start(x);
        } else if (p.reserveOrAwait(x)) {
            new Connection(this, p).connect(x);
        }
    }

    /** This loop's connections to {@code d}; any thread. */
    Pool pool(Destination d) {
        Pool p = lastPool;
        if (p == null || p.destination() != d) {
            p = pools.computeIfAbsent(d, key -> new Pool(key, maxPerDestination));
            lastPool = p;
        }
        return p;
    }

    /** A request did not fit the socket buffer at once: the loop writes the rest when the socket has room. */
    void continueWriting(Connection c) {
        if (Thread.currentThread() == thread) {
            c.key().interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
            return;
        }
        unfinishedWrites.add(c);
        if (selecting) {
            selector.wakeup();
        }
    }

    SelectionKey register(SocketChannel channel, int ops, Connection c) throws ClosedChannelException {
        return channel.register(selector, ops, c);
    }

    void complete(Exchange x, int status, long bytes, Throwable failure) {
        try {
            x.done().completed(status, bytes, failure);
        } catch (RuntimeException | Error e) {
            if (!reportedCallbackFailure) {
                reportedCallbackFailure = true;
                System.err.println("perfloop: a request completion failed: " + e);
            }
        }
    }

    private void checkDeadlines(long now) {
        for (SelectionKey key : selector.keys().toArray(new SelectionKey[0])) {
            if (key.attachment() instanceof Connection c) {
                c.checkDeadline(now);
            }
        }
        for (Pool p : pools.values()) {
            for (Exchange x : p.expired(now)) {
                complete(x, 0, 0, new TimeoutException("no free connection within the timeout"));
            }
        }
    }

    /** Stops the loop; what is in flight or waiting fails with "client closed". */
    void close() {
        running = false;
        selector.wakeup();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        failQueued();
    }

    private void abortAll() {
        IOException closing = new IOException("HTTP client closed");
        for (SelectionKey key : selector.keys().toArray(new SelectionKey[0])) {
            if (key.attachment() instanceof Connection c) {
                c.abort(closing);
            }
        }
        for (Pool p : pools.values()) {
            for (Exchange x : p.drainWaiting()) {
                complete(x, 0, 0, closing);
            }
        }
        failQueued();
        try {
            selector.close();
        } catch (IOException ignored) {
            // closing: nothing left to save
        }
    }

    private void failQueued() {
        for (Exchange x; (x = inbox.poll()) != null; ) {
            complete(x, 0, 0, new IOException("HTTP client closed"));
        }
    }
}
