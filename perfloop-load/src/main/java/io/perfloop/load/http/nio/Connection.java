package io.perfloop.load.http.nio;

import java.io.EOFException;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.concurrent.TimeoutException;

import io.perfloop.load.http.HttpProtocolException;

/**
 * One keep-alive connection: a request is written on it, its response read and parsed, then it goes back
 * to its pool — or closes, when the response said so, ended with the connection, or was malformed. One
 * request at a time (no pipelining), like a browser and like the services' real clients.
 * <p>
 * Threads: the event loop connects, reads, times out and closes. An idle connection may be started by any
 * thread, which writes the request itself (no hand-off to the loop: that is a wake-up per request in the open
 * model). Whoever ends an exchange first — the loop with a response, a timeout or a close, the writer with a
 * failed write — claims it with a compare-and-set on {@code current}, so each exchange completes once.
 */
final class Connection {
    private static final VarHandle CURRENT;

    static {
        try {
            CURRENT = MethodHandles.lookup().findVarHandle(Connection.class, "current", Exchange.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final EventLoop loop;
    private final Pool pool;
    private final ResponseParser parser = new ResponseParser();
    private SocketChannel channel;
    private SelectionKey key;
    private volatile Exchange current;
    private volatile ByteBuffer unwritten;
    private volatile int served;
    private volatile boolean closed;

    Connection(EventLoop loop, Pool pool) {
        this.loop = loop;
        this.pool = pool;
    }

    /** Opens the connection for its first exchange (loop thread). */
    void connect(Exchange first) {
        parser.reset(first.request().head());
        current = first;
        try {
            channel = SocketChannel.open();
            channel.configureBlocking(false);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            boolean connected = channel.connect(pool.destination().address());
            key = loop.register(channel, connected ? SelectionKey.OP_READ : SelectionKey.OP_CONNECT, this);
            if (connected) {
                write(first);
            }
        } catch (IOException | RuntimeException e) {
            failed(first, e);
        }
    }

    void onConnectable() {
        Exchange x = current;
        try {
            channel.finishConnect();
            key.interestOps(SelectionKey.OP_READ);
        } catch (IOException e) {
            failed(x, e);
            return;
        }
        if (x != null) {
            write(x);
        }
    }

    /** Sends an exchange on this idle, connected connection; any thread. */
    void start(Exchange x) {
        parser.reset(x.request().head()); // before the volatile write that hands the exchange to the loop
        current = x;
        write(x);
    }

    private void write(Exchange x) {
        ByteBuffer bytes = ByteBuffer.wrap(x.request().bytes());
        try {
            channel.write(bytes);
        } catch (IOException e) {
            failed(x, e);
            return;
        }
        if (bytes.hasRemaining()) {
            unwritten = bytes;
            loop.continueWriting(this);
        } else if (closed) {
            failed(x, new EOFException("connection closed while the request was written"));
        }
    }

    /** Writes the rest of a request that did not fit the socket buffer (loop thread). */
    void onWritable() {
        if (closed) {
            return;
        }
        ByteBuffer rest = unwritten;
        if (rest == null) {
            key.interestOps(SelectionKey.OP_READ);
            return;
        }
        try {
            channel.write(rest);
        } catch (IOException e) {
            failed(current, e);
            return;
        }
        if (!rest.hasRemaining()) {
            unwritten = null;
            key.interestOps(SelectionKey.OP_READ);
        } else if ((key.interestOps() & SelectionKey.OP_WRITE) == 0) {
            key.interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
        }
    }

    SelectionKey key() {
        return key;
    }

    /** Reads what arrived into the loop's shared buffer and parses it at once (loop thread). */
    void onReadable(ByteBuffer buffer) {
        while (!closed) {
            buffer.clear();
            int n;
            try {
                n = channel.read(buffer);
            } catch (IOException e) {
                failed(current, e);
                return;
            }
            if (n < 0) {
                onEndOfStream();
                return;
            }
            if (n == 0) {
                return;
            }
            Exchange x = current;
            if (x == null) {
                close(); // bytes nobody asked for: the connection's framing cannot be trusted any more
                return;
            }
            int used;
            try {
                used = parser.feed(buffer.array(), buffer.arrayOffset(), n);
            } catch (HttpProtocolException e) {
                failed(x, e);
                return;
            }
            if (parser.done()) {
                finished(x, used < n);
                return;
            }
            if (n < buffer.capacity()) {
                return;
            }
        }
    }

    private void onEndOfStream() {
        Exchange x = current;
        if (x == null) {
            close(); // the server closed an idle keep-alive connection
            return;
        }
        try {
            parser.endOfStream();
        } catch (EOFException e) {
            failed(x, e);
            return;
        }
        if (claim(x)) {
            close();
            loop.complete(x, parser.status(), parser.bodyBytes(), null);
        }
    }

    private void finished(Exchange x, boolean extraBytes) {
        if (!claim(x)) {
            return;
        }
        served++;
        int status = parser.status(); // read before release: the next exchange resets the parser
        long bytes = parser.bodyBytes();
        if (parser.keepAlive() && !extraBytes && unwritten == null) {
            Exchange next = pool.releaseOrIdle(this);
            if (next != null) {
                start(next);
            }
        } else {
            close();
        }
        loop.complete(x, status, bytes, null);
    }

    /** Ends the exchange with a failure (if nobody else ended it), closes, and retries or reports it. */
    private void failed(Exchange x, Exception e) {
        boolean staleKeepAlive = served > 0 && !parser.started() && e instanceof IOException;
        boolean mine = x != null && claim(x);
        close();
        if (mine) {
            retryOrFail(x, e, staleKeepAlive);
        }
    }

    /**
     * A reused connection that failed before any byte of the response: the server had closed it while it was
     * idle, so the request never reached it. It goes again, on another connection (as browsers do); a fresh
     * connection never counts as stale, so the retries end when the stale connections do, or at the deadline.
     */
    private void retryOrFail(Exchange x, Exception e, boolean staleKeepAlive) {
        if (staleKeepAlive && System.nanoTime() - x.deadlineNanos() < 0) {
            loop.submit(x);
        } else {
            loop.complete(x, 0, 0, e);
        }
    }

    private boolean claim(Exchange x) {
        return CURRENT.compareAndSet(this, x, null);
    }

    /** Times the exchange out when its deadline passed (loop thread). */
    void checkDeadline(long now) {
        Exchange x = current;
        if (x != null && now - x.deadlineNanos() > 0 && claim(x)) {
            close();
            loop.complete(x, 0, 0, new TimeoutException("no complete response within the timeout"));
        }
    }

    /** Fails what is in flight (the transport is closing). */
    void abort(Exception why) {
        Exchange x = current;
        boolean mine = x != null && claim(x);
        close();
        if (mine) {
            loop.complete(x, 0, 0, why);
        }
    }

    /** Closes once, from any thread; an exchange started on it meanwhile is retried or failed. */
    void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        if (key != null) {
            key.cancel();
        }
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // closing: nothing left to save
        }
        Exchange waiting = pool.closed(this);
        Exchange orphan = current;
        if (orphan != null && claim(orphan)) {
            retryOrFail(orphan, new EOFException("connection closed before the response"), served > 0);
        }
        if (waiting != null) {
            loop.submit(waiting);
        }
    }
}
