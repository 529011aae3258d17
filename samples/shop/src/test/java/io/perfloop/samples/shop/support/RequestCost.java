package io.perfloop.samples.shop.support;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A servlet filter that measures, on the request thread, the CPU time and the heap bytes
 * allocated while the shop handled a request (the body is written inside the filter chain, so
 * serialisation and streaming count too). Tests read the last request's figures.
 */
public final class RequestCost implements Filter {

    /**
     * What one request cost its thread.
     *
     * @param cpuNanos       CPU time of the request thread
     * @param allocatedBytes heap bytes the request thread allocated
     */
    public record Cost(long cpuNanos, long allocatedBytes) {
    }

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final AtomicReference<Cost> last = new AtomicReference<>();

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long id = Thread.currentThread().getId();
        long cpu = THREADS.getCurrentThreadCpuTime();
        long allocated = THREADS.getThreadAllocatedBytes(id);
        try {
            chain.doFilter(request, response);
        } finally {
            last.set(new Cost(THREADS.getCurrentThreadCpuTime() - cpu, THREADS.getThreadAllocatedBytes(id) - allocated));
        }
    }

    /** Forgets the last request, so that {@link #awaitLast()} waits for the next one. */
    public void reset() {
        last.set(null);
    }

    /**
     * The cost of the request that completed after {@link #reset()}. The client may see the whole
     * body a moment before the filter records the figures, hence the short wait.
     */
    public Cost awaitLast() {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline) {
            Cost cost = last.get();
            if (cost != null) {
                return cost;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("no request completed within 5 s");
    }
}
