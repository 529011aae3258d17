package io.perfloop.load.source;

import java.util.List;
import java.util.Objects;

/**
 * One request read from a workload source.
 *
 * @param method           HTTP method, upper case
 * @param target           a path with query ({@code /orders/7?x=1}) or an absolute URL
 * @param headers          headers to send (already filtered, see {@link HeaderPolicy})
 * @param body             request body, empty when none
 * @param timestampMillis  when the original request started, epoch millis; {@link #NO_TIMESTAMP} when the
 *                         source has none (target files)
 * @param secondResolution whether the timestamp only has whole seconds (common log format), so requests
 *                         within one second must be spread over it rather than fired at once
 * @param origin           where in the source it came from: line number, or entry index for HAR
 */
public record RequestSpec(String method, String target, List<Header> headers, byte[] body, long timestampMillis,
                          boolean secondResolution, long origin) {

    /** Marks a request without a timestamp. */
    public static final long NO_TIMESTAMP = Long.MIN_VALUE;

    private static final byte[] NO_BODY = new byte[0];

    public RequestSpec {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(target, "target");
        headers = headers == null ? List.of() : List.copyOf(headers);
        body = body == null ? NO_BODY : body;
    }

    /** Whether the source gave this request a start time. */
    public boolean hasTimestamp() {
        return timestampMillis != NO_TIMESTAMP;
    }

    /** The same request with another timestamp (used when pacing reorders or spreads requests). */
    public RequestSpec withTimestamp(long millis) {
        return new RequestSpec(method, target, headers, body, millis, false, origin);
    }

    /** The path of {@link #target} without scheme, host and query, e.g. {@code /orders/7}. */
    public String path() {
        String t = target;
        int scheme = t.indexOf("://");
        if (scheme >= 0) {
            int slash = t.indexOf('/', scheme + 3);
            t = slash < 0 ? "/" : t.substring(slash);
        }
        int q = t.indexOf('?');
        int f = t.indexOf('#');
        int end = q >= 0 ? q : f >= 0 ? f : t.length();
        return t.substring(0, end);
    }

    /**
     * One request header.
     *
     * @param name  header name as the source spelled it
     * @param value header value
     */
    public record Header(String name, String value) {
    }
}
