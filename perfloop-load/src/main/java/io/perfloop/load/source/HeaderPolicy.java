package io.perfloop.load.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides which recorded headers are replayed. Hop-by-hop headers describe the original connection, not the
 * request, and must never be replayed; credentials are dropped unless the user asks for them, because logs
 * and HAR files often carry someone's live session.
 */
public final class HeaderPolicy {
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-connection",
            "transfer-encoding", "te", "trailer", "upgrade", "content-length", "host", "expect",
            "http2-settings");
    private static final Set<String> CREDENTIALS = Set.of("authorization", "proxy-authorization", "cookie");

    private final boolean keepCredentials;

    /** @param keepCredentials replay {@code Authorization}, {@code Proxy-Authorization} and {@code Cookie} */
    public HeaderPolicy(boolean keepCredentials) {
        this.keepCredentials = keepCredentials;
    }

    /** Drops hop-by-hop headers always and credentials unless kept. */
    public static HeaderPolicy standard() {
        return new HeaderPolicy(false);
    }

    /** Whether a header with this name is replayed. */
    public boolean keeps(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith(":") || HOP_BY_HOP.contains(lower)) {
            return false; // HTTP/2 pseudo-headers and connection-level headers
        }
        return keepCredentials || !CREDENTIALS.contains(lower);
    }

    /** The headers that are replayed, in order. */
    public List<RequestSpec.Header> filter(List<RequestSpec.Header> headers) {
        List<RequestSpec.Header> kept = new ArrayList<>(headers.size());
        for (RequestSpec.Header h : headers) {
            if (keeps(h.name())) {
                kept.add(h);
            }
        }
        return kept;
    }
}
