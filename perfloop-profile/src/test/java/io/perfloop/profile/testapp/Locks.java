package io.perfloop.profile.testapp;

import java.util.concurrent.locks.ReentrantLock;

/** A lock held while sleeping (the classic contended section) and a j.u.c lock variant. */
public final class Locks {
    private static final Object MONITOR = new Object();
    private static final ReentrantLock LOCK = new ReentrantLock();

    private Locks() {
    }

    /** Holds the shared monitor for {@code millis}. */
    public static void guardedSleep(long millis) {
        // on one line: JFR may report the monitor enter at the line of the block's first statement
        synchronized (MONITOR) { Sleep.of(millis); } // CONTENDED MONITOR
    }

    /** Holds the shared ReentrantLock for {@code millis}. */
    public static void lockedSleep(long millis) {
        LOCK.lock(); // CONTENDED LOCK
        try {
            Sleep.of(millis);
        } finally {
            LOCK.unlock();
        }
    }
}
