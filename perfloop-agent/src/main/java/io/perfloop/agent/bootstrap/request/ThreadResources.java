package io.perfloop.agent.bootstrap.request;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU time and allocated bytes of the current thread, from the JVM's thread MXBean. Either reads
 * -1 where the JVM cannot measure it (thread CPU time switched off, or a virtual thread on JDKs
 * that do not measure those); callers then report the request's figure as unknown.
 */
public final class ThreadResources {
    private ThreadResources() {
    }

    /** CPU nanoseconds this thread has used so far, or -1. */
    public static long cpuNanos() {
        ThreadMXBean bean = Holder.THREADS;
        return bean == null ? -1 : bean.getCurrentThreadCpuTime();
    }

    /** Bytes this thread has allocated so far, or -1. */
    public static long allocatedBytes() {
        com.sun.management.ThreadMXBean bean = Holder.ALLOCATIONS;
        return bean == null ? -1 : bean.getCurrentThreadAllocatedBytes();
    }

    /** The difference between two readings, or -1 when either is unknown. */
    public static long delta(long before, long after) {
        return before < 0 || after < 0 ? -1 : Math.max(0, after - before);
    }

    /** Loaded on first use, so that the agent's start does not initialise JMX. */
    private static final class Holder {
        static final ThreadMXBean THREADS = threads();
        static final com.sun.management.ThreadMXBean ALLOCATIONS = allocations();

        private static ThreadMXBean threads() {
            try {
                ThreadMXBean bean = ManagementFactory.getThreadMXBean();
                if (!bean.isCurrentThreadCpuTimeSupported()) {
                    return null;
                }
                if (!bean.isThreadCpuTimeEnabled()) {
                    bean.setThreadCpuTimeEnabled(true);
                }
                return bean;
            } catch (RuntimeException | LinkageError e) {
                return null;
            }
        }

        private static com.sun.management.ThreadMXBean allocations() {
            try {
                if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean bean
                        && bean.isThreadAllocatedMemorySupported()) {
                    if (!bean.isThreadAllocatedMemoryEnabled()) {
                        bean.setThreadAllocatedMemoryEnabled(true);
                    }
                    return bean;
                }
                return null;
            } catch (RuntimeException | LinkageError e) {
                return null;
            }
        }
    }
}
