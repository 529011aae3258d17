package io.perfloop.load.engine;

import java.util.ArrayDeque;

/**
 * The generator's connection slots: at most {@code max} requests in flight; further requests wait in a
 * bounded backlog (counted as blocked, their wait lands in the corrected latency); past the backlog they
 * are dropped (counted, never silently).
 */
final class Slots<T> {
    enum Admission { SEND, QUEUED, DROPPED }

    private final int max;
    private final int maxBacklog;
    private final ArrayDeque<T> backlog = new ArrayDeque<>();
    private int inFlight;
    private long blocked;
    private long dropped;

    Slots(int max, int maxBacklog) {
        this.max = max;
        this.maxBacklog = maxBacklog;
    }

    synchronized Admission admit(T item) {
        if (inFlight < max) {
            inFlight++;
            return Admission.SEND;
        }
        if (backlog.size() < maxBacklog) {
            backlog.add(item);
            blocked++;
            return Admission.QUEUED;
        }
        dropped++;
        return Admission.DROPPED;
    }

    /** Frees a slot, or hands it straight to the oldest waiting request (returned). */
    synchronized T releaseOrNext() {
        T next = backlog.poll();
        if (next == null) {
            inFlight--;
        }
        return next;
    }

    /** Takes a slot without a backlog (closed model: one slot per virtual user). */
    synchronized void acquire() {
        inFlight++;
    }

    synchronized void release() {
        inFlight--;
    }

    synchronized int inFlight() {
        return inFlight;
    }

    synchronized int backlog() {
        return backlog.size();
    }

    synchronized long blocked() {
        return blocked;
    }

    synchronized long dropped() {
        return dropped;
    }
}
