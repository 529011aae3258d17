package io.perfloop.load.http.nio;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import io.perfloop.load.http.OutgoingRequest;
import io.perfloop.load.source.RequestSpec;

/**
 * A request as the bytes that go on the wire, built once per distinct request: request line, {@code Host},
 * {@code User-Agent} (unless the workload brings its own), the workload's headers, {@code Content-Length}
 * and the body. A request that cannot be sent as HTTP/1.1 carries the reason instead.
 *
 * @param destination where it goes ({@code null} when invalid)
 * @param bytes       the whole request
 * @param head        a HEAD request: its response has no body
 * @param https       an {@code https://} URL (sent by another client: this one speaks plain HTTP/1.1)
 * @param invalid     why it cannot be sent, or {@code null}
 */
record EncodedRequest(Destination destination, byte[] bytes, boolean head, boolean https,
                      IllegalArgumentException invalid) {
    /** Methods whose empty body is still announced ({@code Content-Length: 0}), as RFC 9110 §8.6 advises. */
    private static final Set<String> BODY_METHODS = Set.of("POST", "PUT", "PATCH");

    static EncodedRequest encode(OutgoingRequest request, Destinations destinations) {
        try {
            return build(request, destinations);
        } catch (IllegalArgumentException e) {
            return new EncodedRequest(null, null, false, false, e);
        }
    }

    private static EncodedRequest build(OutgoingRequest request, Destinations destinations) {
        String url = request.url();
        boolean https = url.regionMatches(true, 0, "https://", 0, 8);
        if (!https && !url.regionMatches(true, 0, "http://", 0, 7)) {
            throw new IllegalArgumentException("not an http:// or https:// URL: " + url);
        }
        if (https) {
            return new EncodedRequest(null, null, false, true, null);
        }
        int authorityStart = 7;
        int authorityEnd = authorityStart;
        while (authorityEnd < url.length() && "/?#".indexOf(url.charAt(authorityEnd)) < 0) {
            authorityEnd++;
        }
        String authority = url.substring(authorityStart, authorityEnd);
        if (authority.isEmpty() || authority.indexOf('@') >= 0) {
            throw new IllegalArgumentException("URL without a plain host[:port]: " + url);
        }
        int colon = authority.lastIndexOf(':');
        boolean portGiven = colon > authority.lastIndexOf(']');
        String host = portGiven ? authority.substring(0, colon) : authority;
        int port = portGiven ? port(authority.substring(colon + 1), url) : 80;
        String method = request.method();
        requireToken(method, "method");

        StringBuilder head = new StringBuilder(128);
        head.append(method).append(' ');
        appendTarget(head, url, authorityEnd);
        head.append(" HTTP/1.1\r\nHost: ").append(host);
        if (port != 80) {
            head.append(':').append(port);
        }
        head.append("\r\n");
        boolean userAgent = false;
        for (RequestSpec.Header h : request.headers()) {
            requireToken(h.name(), "header name");
            requireFieldValue(h);
            userAgent |= h.name().equalsIgnoreCase("user-agent");
            head.append(h.name()).append(": ").append(h.value()).append("\r\n");
        }
        if (!userAgent) {
            head.append("User-Agent: perfloop\r\n");
        }
        byte[] body = request.body();
        if (body.length > 0 || BODY_METHODS.contains(method.toUpperCase(Locale.ROOT))) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream(head.length() + body.length);
        out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        out.writeBytes(body);
        return new EncodedRequest(destinations.of(host, port), out.toByteArray(), method.equalsIgnoreCase("HEAD"),
                false, null);
    }

    /** Path and query; non-ASCII is sent percent-encoded as UTF-8, spaces and controls cannot be sent. */
    private static void appendTarget(StringBuilder out, String url, int from) {
        int fragment = url.indexOf('#', from);
        int end = fragment < 0 ? url.length() : fragment;
        if (from == end || url.charAt(from) != '/') {
            out.append('/');
        }
        for (int i = from; i < end; i++) {
            char c = url.charAt(i);
            if (c <= ' ' || c == 0x7f) {
                throw new IllegalArgumentException("space or control character in URL: " + url);
            }
            if (c < 0x80) {
                out.append(c);
                continue;
            }
            int cp = url.codePointAt(i);
            i += Character.charCount(cp) - 1;
            for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xf, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
    }

    private static int port(String text, String url) {
        try {
            int port = Integer.parseInt(text);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("bad port in URL: " + url);
    }

    private static void requireToken(String s, String what) {
        if (s.isEmpty()) {
            throw new IllegalArgumentException("empty " + what);
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c >= 0x7f || "\"(),/:;<=>?@[\\]{}".indexOf(c) >= 0) {
                throw new IllegalArgumentException("bad " + what + " '" + s + "'");
            }
        }
    }

    private static void requireFieldValue(RequestSpec.Header h) {
        for (int i = 0; i < h.value().length(); i++) {
            char c = h.value().charAt(i);
            if ((c < ' ' && c != '\t') || c == 0x7f) {
                throw new IllegalArgumentException("control character in header " + h.name());
            }
        }
    }
}
