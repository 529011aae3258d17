package io.perfloop.load.http.nio;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The connections of one event loop to one destination: the idle ones, how many are open, and the exchanges
 * waiting for one. Shared by the loop thread and the threads that send from outside it (the open model's
 * scheduler takes an idle connection and writes on it directly), so every method holds the pool's lock —
 * uncontended almost always, and held for a few field updates only.
 */
final class Pool {
    private final Destination destination;
    private final int max;
    private final ArrayDeque<Connection> idle = new ArrayDeque<>();
    private final ArrayDeque<Exchange> waiting = new ArrayDeque<>();
    private int open;

    Pool(Destination destination, int max) {
        this.destination = destination;
        this.max = max;
    }

    Destination destination() {
        return destination;
    }

    /** The most recently used idle connection (its buffers are warm), or {@code null}. */
    synchronized Connection takeIdle() {
        return idle.pollLast();
    }

    /** Counts a new connection in if the pool has room for it; otherwise the exchange waits for one. */
    synchronized boolean reserveOrAwait(Exchange x) {
        if (open < max) {
            open++;
            return true;
        }
        waiting.addLast(x);
        return false;
    }

    /** A connection finished an exchange and stays open: the next waiting exchange for it, or it goes idle. */
    synchronized Exchange releaseOrIdle(Connection c) {
        Exchange next = waiting.pollFirst();
        if (next == null) {
            idle.addLast(c);
        }
        return next;
    }

    /** A connection closed: it frees its place, and returns a waiting exchange that can now have one. */
    synchronized Exchange closed(Connection c) {
        open--;
        idle.remove(c);
        return open < max ? waiting.pollFirst() : null;
    }

    /** Removes and returns the waiting exchanges whose deadline passed. */
    synchronized List<Exchange> expired(long now) {
        List<Exchange> late = new ArrayList<>(0);
        for (Iterator<Exchange> it = waiting.iterator(); it.hasNext(); ) {
            Exchange x = it.next();
            if (now - x.deadlineNanos() > 0) {
                it.remove();
                late.add(x);
            }
        }
        return late;
    }

    synchronized List<Exchange> drainWaiting() {
        List<Exchange> all = new ArrayList<>(waiting);
        waiting.clear();
        return all;
    }
}
