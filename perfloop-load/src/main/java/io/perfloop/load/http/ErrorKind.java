package io.perfloop.load.http;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedChannelException;
import java.util.Locale;
import java.util.concurrent.TimeoutException;

/** Why a request got no response. The JSON name is {@link #label()}. */
public enum ErrorKind {
    /** Nothing listened on the port (or a firewall rejected the connection). */
    REFUSED("refused"),
    /** No complete response within the request timeout. */
    TIMEOUT("timeout"),
    /** The server closed or reset the connection before a response came back. */
    RESET("reset"),
    /** The request could not be built (a URL the log has but HTTP does not allow). */
    INVALID("invalid"),
    /** Not sent: the backlog of requests waiting for a connection was full. */
    DROPPED("dropped"),
    /** Any other failure. */
    OTHER("other");

    private final String label;

    ErrorKind(String label) {
        this.label = label;
    }

    /** The name used in run files and tables. */
    public String label() {
        return label;
    }

    /** Classifies a failure by walking its cause chain; client libraries wrap the interesting exception. */
    public static ErrorKind classify(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpProtocolException) {
                return OTHER; // its message quotes the server's bytes: never guess a kind from them
            }
            if (t instanceof ConnectException) {
                return REFUSED;
            }
            if (t instanceof TimeoutException || t instanceof HttpTimeoutException
                    || t instanceof SocketTimeoutException) {
                return TIMEOUT;
            }
            if (t instanceof EOFException || t instanceof ClosedChannelException) {
                return RESET;
            }
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (t instanceof IOException && (message.contains("reset") || message.contains("broken pipe")
                    || message.contains("closed") || message.contains("eof") || message.contains("no bytes"))) {
                return RESET;
            }
            if (message.contains("connection refused")) {
                return REFUSED;
            }
        }
        return failure instanceof IllegalArgumentException ? INVALID : OTHER;
    }
}
