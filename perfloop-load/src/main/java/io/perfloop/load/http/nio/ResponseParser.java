package io.perfloop.load.http.nio;

import java.io.EOFException;

import io.perfloop.load.http.HttpProtocolException;

/**
 * Reads one HTTP/1.x response incrementally, from bytes in whatever pieces the socket delivers them, without
 * building strings or header maps: the generator needs only the status, where the body ends (RFC 9112 §6.3:
 * no body for HEAD, 1xx, 204 and 304; chunked; Content-Length; else until the connection closes), how many
 * body bytes came, and whether the connection can carry the next request. Interim 1xx responses are skipped.
 * A malformed response is an {@link HttpProtocolException}, never a guess.
 */
final class ResponseParser {
    /** Longest response head (status line, headers, chunk-size lines and trailers each) accepted. */
    static final int MAX_HEAD = 64 * 1024;

    private enum State { STATUS, HEADERS, BODY, CHUNK_SIZE, CHUNK_DATA, CHUNK_END, TRAILERS, UNTIL_CLOSE, DONE }

    private final HeadLine line = new HeadLine(MAX_HEAD);
    private State state = State.DONE;
    private boolean head;
    private boolean started;
    private int status;
    private boolean http10;
    private boolean closeRequested;
    private boolean keepAliveRequested;
    private long contentLength;
    private boolean chunked;
    private boolean otherEncoding;
    private long remaining;
    private long bodyBytes;

    /** Starts a new response; {@code headRequest}: the request was HEAD, so the response has no body. */
    void reset(boolean headRequest) {
        head = headRequest;
        state = State.STATUS;
        started = false;
        bodyBytes = 0;
        startHead();
    }

    private void startHead() {
        line.clear();
        line.resetBudget();
        status = 0;
        http10 = false;
        closeRequested = false;
        keepAliveRequested = false;
        contentLength = -1;
        chunked = false;
        otherEncoding = false;
    }

    /**
     * Consumes bytes of the response.
     *
     * @return how many of the {@code length} bytes belong to this response (fewer only when it completed)
     */
    int feed(byte[] bytes, int offset, int length) throws HttpProtocolException {
        int i = offset;
        int end = offset + length;
        if (length > 0) {
            started = true;
        }
        while (i < end && state != State.DONE) {
            switch (state) {
                case BODY, CHUNK_DATA -> {
                    int n = (int) Math.min(remaining, end - i);
                    i += n;
                    bodyBytes += n;
                    remaining -= n;
                    if (remaining == 0) {
                        state = state == State.BODY ? State.DONE : State.CHUNK_END;
                    }
                }
                case UNTIL_CLOSE -> {
                    bodyBytes += end - i;
                    i = end;
                }
                default -> {
                    int taken = line.append(bytes, i, end);
                    i += taken;
                    if (line.complete()) {
                        onLine();
                        line.clear();
                    }
                }
            }
        }
        return i - offset;
    }

    private void onLine() throws HttpProtocolException {
        switch (state) {
            case STATUS -> onStatusLine();
            case HEADERS -> {
                if (line.isEmpty()) {
                    onEndOfHead();
                } else {
                    onHeader();
                }
            }
            case CHUNK_SIZE -> {
                remaining = line.hexPrefix();
                state = remaining == 0 ? State.TRAILERS : State.CHUNK_DATA;
                line.resetBudget(); // the budget bounds one head section, not a long chunked body
            }
            case CHUNK_END -> {
                if (!line.isEmpty()) {
                    throw new HttpProtocolException("chunk data longer than its declared size");
                }
                state = State.CHUNK_SIZE;
                line.resetBudget();
            }
            case TRAILERS -> state = line.isEmpty() ? State.DONE : State.TRAILERS;
            default -> throw new IllegalStateException(state.name());
        }
    }

    private void onStatusLine() throws HttpProtocolException {
        if (line.isEmpty() && status == 0) {
            return; // tolerated: a stray CRLF before the status line (RFC 9112 §2.2)
        }
        int[] parsed = line.statusLine();
        http10 = parsed[0] == 0;
        status = parsed[1];
        state = State.HEADERS;
    }

    private void onHeader() throws HttpProtocolException {
        if (line.nameIs("content-length")) {
            long value = line.contentLength();
            if (contentLength >= 0 && contentLength != value) {
                throw new HttpProtocolException("conflicting Content-Length values " + contentLength + " and " + value);
            }
            contentLength = value;
        } else if (line.nameIs("transfer-encoding")) {
            boolean lastIsChunked = line.lastTokenIs("chunked");
            chunked = lastIsChunked;
            otherEncoding = !lastIsChunked;
        } else if (line.nameIs("connection")) {
            closeRequested |= line.hasToken("close");
            keepAliveRequested |= line.hasToken("keep-alive");
        }
    }

    private void onEndOfHead() {
        if (status >= 100 && status < 200 && status != 101) {
            state = State.STATUS; // interim response (100 Continue, 103 Early Hints): the real one follows
            startHead();
            return;
        }
        if (head || status == 101 || status == 204 || status == 304) {
            state = State.DONE;
        } else if (chunked) {
            state = State.CHUNK_SIZE;
        } else if (otherEncoding || contentLength < 0) {
            state = State.UNTIL_CLOSE;
        } else {
            remaining = contentLength;
            state = contentLength == 0 ? State.DONE : State.BODY;
        }
    }

    /**
     * The connection ended. A body that runs until close is complete now; anything else is cut short.
     *
     * @throws EOFException when the response was incomplete
     */
    void endOfStream() throws EOFException {
        if (state == State.UNTIL_CLOSE) {
            state = State.DONE;
            return;
        }
        if (state != State.DONE) {
            throw new EOFException(started ? "connection closed in the middle of the response"
                    : "connection closed before any response");
        }
    }

    /** Whether the response is complete. */
    boolean done() {
        return state == State.DONE;
    }

    /** Whether any byte of this response has arrived. */
    boolean started() {
        return started;
    }

    /** The final status code (0 before the status line). */
    int status() {
        return status;
    }

    /** Body bytes received (without chunk framing). */
    long bodyBytes() {
        return bodyBytes;
    }

    /** Whether the connection may carry another request after this complete response. */
    boolean keepAlive() {
        if (status == 101 || otherEncoding || (!chunked && contentLength < 0 && !bodyless())) {
            return false;
        }
        return http10 ? keepAliveRequested && !closeRequested : !closeRequested;
    }

    private boolean bodyless() {
        return head || status == 204 || status == 304;
    }
}
