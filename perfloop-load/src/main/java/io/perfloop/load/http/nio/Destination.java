package io.perfloop.load.http.nio;

import java.net.InetSocketAddress;

/**
 * Where connections go: one pool of keep-alive connections per destination and event loop. Made once per
 * host and port by {@link Destinations}, so the name is resolved once, not per request.
 *
 * @param host       host as written in the URL (IPv6 literals with brackets)
 * @param port       TCP port
 * @param address    the resolved address, or {@code null} when resolution failed
 * @param unresolved why resolution failed, or {@code null}
 */
record Destination(String host, int port, InetSocketAddress address, Exception unresolved) {
}
