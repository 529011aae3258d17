package io.perfloop.agent.bootstrap.http;

import io.perfloop.agent.bootstrap.request.PathTemplate;

import java.net.URI;

/**
 * The parts of a downstream URL that are kept: {@code scheme://host:port/path/{id}} and
 * {@code host:port}. The query and user info are dropped (they may carry tokens or personal data);
 * id-like path segments are folded as in {@link PathTemplate}. Never throws.
 */
public record UrlTemplate(String template, String host) {

    /** The template of a URL given as text; an unparsable URL keeps only its scheme-less prefix. */
    public static UrlTemplate of(String url) {
        if (url == null) {
            return new UrlTemplate("?", "?");
        }
        try {
            return of(URI.create(url));
        } catch (IllegalArgumentException e) {
            int cut = indexOfAny(url, '?', '#');
            String kept = cut < 0 ? url : url.substring(0, cut);
            return new UrlTemplate(kept.length() > 200 ? kept.substring(0, 200) + "…" : kept, "?");
        }
    }

    /** The template of a URI. */
    public static UrlTemplate of(URI uri) {
        if (uri == null) {
            return new UrlTemplate("?", "?");
        }
        String scheme = uri.getScheme() == null ? "http" : uri.getScheme();
        String hostName = uri.getHost() == null ? "?" : uri.getHost();
        int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(scheme) ? 443 : 80;
        String host = hostName + ":" + port;
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : PathTemplate.of(uri.getRawPath());
        return new UrlTemplate(scheme + "://" + host + path, host);
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
