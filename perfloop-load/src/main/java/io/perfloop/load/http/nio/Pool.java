package io.perfloop.load.http.nio;

import java.util.ArrayDeque;

/** The connections of one event loop to one destination: idle ones, how many are open, and who waits. */
final class Pool {
    private final Destination destination;
    private final int max;
    final ArrayDeque<Connection> idle = new ArrayDeque<>();
    final ArrayDeque<Exchange> waiting = new ArrayDeque<>();
    int open;

    Pool(Destination destination, int max) {
        this.destination = destination;
        this.max = max;
    }

    Destination destination() {
        return destination;
    }

    boolean mayOpen() {
        return open < max;
    }
}
