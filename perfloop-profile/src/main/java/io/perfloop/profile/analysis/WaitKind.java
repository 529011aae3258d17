package io.perfloop.profile.analysis;

/** Why a thread was off the CPU, from the JFR event that recorded the wait. */
public enum WaitKind {
    /** Blocked entering a {@code synchronized} block or method another thread holds ({@code jdk.JavaMonitorEnter}). */
    MONITOR_ENTER("synchronized"),
    /** Parked acquiring a {@code java.util.concurrent} lock (ReentrantLock, read-write lock, semaphore, latch). */
    LOCK("j.u.c lock"),
    /** Parked for any other reason: a condition, a future, a queue ({@code jdk.ThreadPark}). */
    PARK("park"),
    /** In {@code Object.wait} ({@code jdk.JavaMonitorWait}). */
    MONITOR_WAIT("Object.wait"),
    /** In {@code Thread.sleep} ({@code jdk.ThreadSleep}). */
    SLEEP("sleep"),
    /** Reading or writing a socket ({@code jdk.SocketRead}, {@code jdk.SocketWrite}). */
    SOCKET_IO("socket I/O"),
    /** Reading or writing a file ({@code jdk.FileRead}, {@code jdk.FileWrite}). */
    FILE_IO("file I/O");

    private final String label;

    WaitKind(String label) {
        this.label = label;
    }

    /** Short human label. */
    public String label() {
        return label;
    }

    /** Whether this wait is lock contention. */
    public boolean isLock() {
        return this == MONITOR_ENTER || this == LOCK;
    }
}
