package io.perfloop.load.http;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import io.perfloop.load.source.RequestSpec;

/**
 * A request ready to send. The engine builds one per distinct workload request and sends it as often as
 * the workload repeats it, so a transport may encode it once ({@link #encoded}) instead of per send.
 */
public final class OutgoingRequest {
    private final String method;
    private final String url;
    private final List<RequestSpec.Header> headers;
    private final byte[] body;
    private volatile Object encoded;

    /**
     * @param method  HTTP method
     * @param url     absolute URL
     * @param headers headers to add
     * @param body    body bytes, empty for none
     */
    public OutgoingRequest(String method, String url, List<RequestSpec.Header> headers, byte[] body) {
        this.method = Objects.requireNonNull(method, "method");
        this.url = Objects.requireNonNull(url, "url");
        this.headers = List.copyOf(headers);
        this.body = Objects.requireNonNull(body, "body");
    }

    public String method() {
        return method;
    }

    public String url() {
        return url;
    }

    public List<RequestSpec.Header> headers() {
        return headers;
    }

    public byte[] body() {
        return body;
    }

    /**
     * The request in a transport's own form, made by {@code encoder} on first use and kept. Two threads may
     * both encode it once; the forms must be immutable, so either result is right.
     */
    public <T> T encoded(Class<T> type, Function<OutgoingRequest, T> encoder) {
        Object e = encoded;
        if (type.isInstance(e)) {
            return type.cast(e);
        }
        T made = encoder.apply(this);
        encoded = made;
        return made;
    }

    @Override
    public String toString() {
        return method + " " + url;
    }
}
