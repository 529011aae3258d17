package io.perfloop.load.engine;

/**
 * Turns a source's request target into the URL to send: relative paths go to the base URL
 * ({@code --target}); absolute URLs keep their path and query but are sent to the base URL too when one is
 * given (replaying production traffic against a test host), else as they are.
 */
public final class TargetResolver {
    private final String base;

    /** @param base base URL like {@code http://127.0.0.1:8080}, or {@code null} */
    public TargetResolver(String base) {
        if (base != null && !base.startsWith("http://") && !base.startsWith("https://")) {
            throw new IllegalArgumentException("--target must be an http:// or https:// URL, not '" + base + "'");
        }
        this.base = base == null ? null : base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /**
     * @return the absolute URL
     * @throws IllegalArgumentException for a relative target without a base URL
     */
    public String resolve(String target) {
        boolean absolute = target.startsWith("http://") || target.startsWith("https://");
        if (absolute && base == null) {
            return target;
        }
        String pathAndQuery = target;
        if (absolute) {
            int slash = target.indexOf('/', target.indexOf("://") + 3);
            pathAndQuery = slash < 0 ? "/" : target.substring(slash);
        }
        if (base == null) {
            throw new IllegalArgumentException("relative target '" + target + "' needs --target <base URL>");
        }
        return base + pathAndQuery;
    }

    /** The base URL, or {@code null}. */
    public String base() {
        return base;
    }
}
