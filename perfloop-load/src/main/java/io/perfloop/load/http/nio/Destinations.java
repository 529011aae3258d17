package io.perfloop.load.http.nio;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.concurrent.ConcurrentHashMap;

/** Resolves each host and port once per transport; a failed lookup is kept too (as the failure to report). */
final class Destinations {
    private final ConcurrentHashMap<String, Destination> known = new ConcurrentHashMap<>();

    Destination of(String host, int port) {
        return known.computeIfAbsent(host + ":" + port, key -> resolve(host, port));
    }

    private static Destination resolve(String host, int port) {
        try {
            return new Destination(host, port, new InetSocketAddress(InetAddress.getByName(host), port), null);
        } catch (UnknownHostException e) {
            return new Destination(host, port, null, e);
        }
    }
}
