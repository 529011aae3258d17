package io.perfloop.profile.analysis;

import java.util.Arrays;

/**
 * Tells a park that waits for a lock ({@code ReentrantLock.lock}, AQS {@code acquire*}) from one
 * that waits for a condition, a future or a queue, by the {@code java.util.concurrent.locks} frames
 * on top of the stack. Cached per stack.
 */
final class ParkClassifier {
    private static final byte UNKNOWN = 0;
    private static final byte LOCK = 1;
    private static final byte PARK = 2;

    private final StackTable stacks;
    private byte[] cache = new byte[1024];

    ParkClassifier(StackTable stacks) {
        this.stacks = stacks;
    }

    WaitKind classify(int stackId) {
        if (stackId >= cache.length) {
            cache = Arrays.copyOf(cache, Math.max(stackId + 1, cache.length * 2));
        }
        if (cache[stackId] == UNKNOWN) {
            cache[stackId] = scan(stackId) ? LOCK : PARK;
        }
        return cache[stackId] == LOCK ? WaitKind.LOCK : WaitKind.PARK;
    }

    private boolean scan(int stackId) {
        MethodTable methods = stacks.methodTable();
        int[] m = stacks.methods(stackId);
        for (int i = 0; i < m.length; i++) {
            String c = methods.className(m[i]);
            if (c.startsWith("jdk.internal.misc.") || c.startsWith("sun.misc.")) {
                continue; // Unsafe.park
            }
            if (!c.startsWith("java.util.concurrent.locks.")) {
                return false;
            }
            String name = methods.methodName(m[i]);
            if (name.startsWith("await")) {
                return false;
            }
            if (name.startsWith("acquire") || name.startsWith("tryAcquire") || name.startsWith("lock")
                    || name.startsWith("tryLock") || name.startsWith("readLock") || name.startsWith("writeLock")) {
                return acquiredForALock(m, i);
            }
        }
        return false;
    }

    /** Whether the synchronizer acquired from frame {@code i} is a lock, not a latch, semaphore or barrier. */
    private boolean acquiredForALock(int[] m, int i) {
        MethodTable methods = stacks.methodTable();
        for (int j = i; j < m.length; j++) {
            String c = methods.className(m[j]);
            if (c.startsWith("java.util.concurrent.locks.AbstractQueued")) {
                continue;
            }
            // ReentrantLock, ReentrantReadWriteLock, StampedLock, or an application's own AQS lock: a lock;
            // CountDownLatch, Semaphore, CyclicBarrier, FutureTask…: waiting for something else
            return c.startsWith("java.util.concurrent.locks.") || !c.startsWith("java.util.concurrent.");
        }
        return true;
    }
}
