package io.perfloop.load.http;

import java.io.IOException;

/** The server's bytes are not a valid HTTP/1.x response; the connection cannot be trusted afterwards. */
public final class HttpProtocolException extends IOException {
    /** @param message what was wrong, quoting a bounded piece of the offending bytes */
    public HttpProtocolException(String message) {
        super("bad response: " + message);
    }
}
