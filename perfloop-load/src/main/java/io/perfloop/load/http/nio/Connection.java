package io.perfloop.load.http.nio;

import java.io.EOFException;
import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.util.concurrent.TimeoutException;

import io.perfloop.load.http.HttpProtocolException;

/**
 * One keep-alive connection, used by its event loop thread only: writes a request, reads its response, then
 * goes back to its pool — or closes, when the response said so, ended with the connection, or was malformed.
 * One request at a time (no pipelining), like a browser and like the services' real clients.
 */
final class Connection {
    private final EventLoop loop;
    private final Pool pool;
    private final ResponseParser parser = new ResponseParser();
    private SocketChannel channel;
    private SelectionKey key;
    private Exchange current;
    private ByteBuffer unwritten;
    private int served;
    private boolean closed;

    Connection(EventLoop loop, Pool pool) {
        this.loop = loop;
        this.pool = pool;
    }

    Pool pool() {
        return pool;
    }

    /** Opens the connection for its first exchange. */
    void connect(Exchange first) {
        current = first;
        try {
            channel = SocketChannel.open();
            channel.configureBlocking(false);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            boolean connected = channel.connect(pool.destination().address());
            key = loop.register(channel, connected ? SelectionKey.OP_READ : SelectionKey.OP_CONNECT, this);
            if (connected) {
                writeRequest();
            }
        } catch (IOException | RuntimeException e) {
            failed(e);
        }
    }

    /** Sends an exchange on this idle, connected connection. */
    void start(Exchange exchange) {
        current = exchange;
        writeRequest();
    }

    void onConnectable() {
        try {
            channel.finishConnect();
            key.interestOps(SelectionKey.OP_READ);
        } catch (IOException e) {
            failed(e);
            return;
        }
        writeRequest();
    }

    private void writeRequest() {
        parser.reset(current.request().head());
        unwritten = ByteBuffer.wrap(current.request().bytes());
        onWritable();
    }

    void onWritable() {
        try {
            channel.write(unwritten);
        } catch (IOException e) {
            failed(e);
            return;
        }
        boolean rest = unwritten.hasRemaining();
        if (rest != ((key.interestOps() & SelectionKey.OP_WRITE) != 0)) {
            key.interestOps(rest ? SelectionKey.OP_READ | SelectionKey.OP_WRITE : SelectionKey.OP_READ);
        }
        if (!rest) {
            unwritten = null;
        }
    }

    /** Reads what arrived into the loop's shared buffer and parses it at once. */
    void onReadable(ByteBuffer buffer) {
        while (!closed) {
            buffer.clear();
            int n;
            try {
                n = channel.read(buffer);
            } catch (IOException e) {
                failed(e);
                return;
            }
            if (n < 0) {
                onEndOfStream();
                return;
            }
            if (n == 0) {
                return;
            }
            if (current == null) {
                close(); // bytes nobody asked for: the connection's framing cannot be trusted any more
                return;
            }
            int used;
            try {
                used = parser.feed(buffer.array(), buffer.arrayOffset(), n);
            } catch (HttpProtocolException e) {
                failed(e);
                return;
            }
            if (parser.done()) {
                finished(used < n);
                return;
            }
            if (n < buffer.capacity()) {
                return;
            }
        }
    }

    private void onEndOfStream() {
        if (current == null) {
            close(); // the server closed an idle keep-alive connection
            return;
        }
        try {
            parser.endOfStream();
        } catch (EOFException e) {
            failed(e);
            return;
        }
        Exchange done = current;
        current = null;
        close();
        loop.complete(done, parser.status(), parser.bodyBytes(), null);
    }

    private void finished(boolean extraBytes) {
        Exchange done = current;
        current = null;
        served++;
        int status = parser.status(); // read before release: it may start the next exchange and reset the parser
        long bytes = parser.bodyBytes();
        if (parser.keepAlive() && !extraBytes && unwritten == null) {
            loop.release(this);
        } else {
            close();
        }
        loop.complete(done, status, bytes, null);
    }

    /** Fails the exchange, or retries it once when a kept-alive connection was closed under it. */
    private void failed(Exception e) {
        Exchange failed = current;
        current = null;
        boolean staleKeepAlive = served > 0 && !parser.started() && e instanceof IOException;
        close();
        if (failed == null) {
            return;
        }
        if (staleKeepAlive && !failed.retried()) {
            loop.dispatch(failed.retry());
        } else {
            loop.complete(failed, 0, 0, e);
        }
    }

    /** Times the exchange out when its deadline passed. */
    void checkDeadline(long now) {
        if (current != null && now - current.deadlineNanos() > 0) {
            Exchange late = current;
            current = null;
            close();
            loop.complete(late, 0, 0, new TimeoutException("no complete response within the timeout"));
        }
    }

    /** Fails what is in flight (the transport is closing). */
    void abort(Exception why) {
        Exchange aborted = current;
        current = null;
        close();
        if (aborted != null) {
            loop.complete(aborted, 0, 0, why);
        }
    }

    void close() {
        if (closed) {
            return;
        }
        closed = true;
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
        loop.closed(this);
    }
}
