package io.perfloop.agent.bootstrap.request;

import io.perfloop.agent.bootstrap.AgentRuntime;
import io.perfloop.core.event.HttpCallEvent;
import io.perfloop.core.event.RequestEvent;
import io.perfloop.core.work.Clock;
import io.perfloop.core.work.UnitOfWork;
import io.perfloop.core.work.WorkUnit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * A request being served: the unit of work its statements land in, plus what a unit does not
 * hold — downstream calls, the CPU and allocations of the threads that worked for it, the bytes
 * of its response. Current on the serving thread, and on worker threads while they run a task it
 * handed over ({@link #enterTask}).
 */
public final class ActiveRequest {
    private static final ThreadLocal<ActiveRequest> CURRENT = new ThreadLocal<>();
    /** For units attached without the agent's help (the application's own {@code Perfloop.wrap}). */
    private static final Map<UnitOfWork, ActiveRequest> BY_UNIT = new ConcurrentHashMap<>();

    private final String server;
    private final String method;
    private final String path;
    private final UnitOfWork unit;
    private final long startEpochNanos = Clock.epochNanos();
    private final long startNanoTime = System.nanoTime();
    private final String threadName = Thread.currentThread().getName();
    private final long cpuStart = ThreadResources.cpuNanos();
    private final long allocStart = ThreadResources.allocatedBytes();
    private final LongAdder taskCpu = new LongAdder();
    private final java.util.concurrent.atomic.AtomicInteger openTasks = new java.util.concurrent.atomic.AtomicInteger();
    private static final long TASK_ACCOUNTING_WAIT_NANOS = 10_000_000L;
    private final LongAdder taskAlloc = new LongAdder();
    private volatile boolean taskResourcesUnknown;
    private final ConcurrentLinkedQueue<HttpCallEvent> calls = new ConcurrentLinkedQueue<>();
    private final AtomicInteger callsKept = new AtomicInteger();
    private final AtomicLong callsDropped = new AtomicLong();
    private final AtomicLong responseBytes = new AtomicLong(-1);
    /** When the first response body bytes were written (System.nanoTime), 0 until then. */
    private volatile long firstWriteNanoTime;

    private ActiveRequest(String server, String method, String path) {
        this.server = server;
        this.method = method;
        this.path = path;
        this.unit = UnitOfWork.open(method + " " + path, AgentRuntime.maxStatements());
    }

    /** Opens a request on this thread. */
    static ActiveRequest open(String server, String method, String path) {
        ActiveRequest request = new ActiveRequest(server, method == null ? "?" : method, path == null ? "/" : path);
        CURRENT.set(request);
        BY_UNIT.put(request.unit, request);
        return request;
    }

    /** The request the current thread works for, if any. */
    public static ActiveRequest current() {
        ActiveRequest request = CURRENT.get();
        if (request != null) {
            return request;
        }
        if (BY_UNIT.isEmpty()) {
            return null;
        }
        for (UnitOfWork u = UnitOfWork.current().orElse(null); u != null; u = u.parent().orElse(null)) {
            request = BY_UNIT.get(u);
            if (request != null) {
                return request;
            }
        }
        return null;
    }

    /** Makes {@code request} current on this (worker) thread; returns what was current, for {@link #exitTask}. */
    public static ActiveRequest enterTask(ActiveRequest request) {
        ActiveRequest previous = CURRENT.get();
        CURRENT.set(request);
        return previous;
    }

    /** Restores what {@link #enterTask} replaced. */
    public static void exitTask(ActiveRequest previous) {
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }

    /** A task of this request started on another thread; its resources arrive when it ends. */
    public void taskStarted() {
        openTasks.incrementAndGet();
    }

    /** A task of this request ended (after {@link #addTaskResources}). */
    public void taskEnded() {
        openTasks.decrementAndGet();
    }

    /**
     * A task completes its future inside its run, so the request thread can reach its end a moment
     * before the task's accounting does. Wait for that moment, briefly: a task the request does not
     * wait for (fire-and-forget) costs the request at most this bound, once.
     */
    private void awaitTaskAccounting() {
        long deadline = System.nanoTime() + TASK_ACCOUNTING_WAIT_NANOS;
        while (openTasks.get() > 0 && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(20_000);
        }
    }

    /** Adds the CPU and allocations of a task run for this request on another thread (-1: unknown). */
    public void addTaskResources(long cpuNanos, long allocatedBytes) {
        if (cpuNanos < 0 || allocatedBytes < 0) {
            taskResourcesUnknown = true;
        }
        taskCpu.add(Math.max(cpuNanos, 0));
        taskAlloc.add(Math.max(allocatedBytes, 0));
    }

    /** Counts response body bytes as the server writes them. */
    public void addResponseBytes(long bytes) {
        responseBytes.accumulateAndGet(bytes, (total, n) -> Math.max(total, 0) + n);
    }

    /** Notes the first write of the response body; later writes cost one volatile read. */
    public void responseWriting() {
        if (firstWriteNanoTime == 0) {
            firstWriteNanoTime = System.nanoTime();
        }
    }

    /** Keeps a finished downstream call, up to the per-request cap. */
    public void addHttpCall(HttpCallEvent call) {
        if (callsKept.incrementAndGet() <= AgentRuntime.maxHttpCalls()) {
            calls.add(call);
        } else {
            callsKept.decrementAndGet();
            callsDropped.incrementAndGet();
        }
    }

    /** The request's unit-of-work id. */
    public long id() {
        return unit.id();
    }

    /**
     * Ends the request on its own thread and describes it.
     *
     * @param bestMatchingPattern Spring MVC's pattern for the handler, or {@code null}
     * @param status              the response status as the server saw it at exit
     * @param bytesFromServer     response size the server knows (-1: use the bytes counted while writing)
     * @param error               what the handler threw, or {@code null}
     */
    RequestEvent finish(String bestMatchingPattern, int status, long bytesFromServer, Throwable error) {
        long wall = System.nanoTime() - startNanoTime;
        long cpu = ThreadResources.delta(cpuStart, ThreadResources.cpuNanos());
        awaitTaskAccounting();
        long alloc = ThreadResources.delta(allocStart, ThreadResources.allocatedBytes());
        if (taskResourcesUnknown) {
            cpu = -1;
            alloc = -1;
        }
        cpu = cpu < 0 ? -1 : cpu + taskCpu.sum();
        alloc = alloc < 0 ? -1 : alloc + taskAlloc.sum();
        WorkUnit work = unit.snapshot();
        List<HttpCallEvent> sorted = new ArrayList<>(calls);
        sorted.sort(Comparator.comparingLong(HttpCallEvent::startEpochNanos));
        int finalStatus = error != null && status < 400 ? 500 : status;
        String endpoint = method + " " + (bestMatchingPattern != null ? bestMatchingPattern : PathTemplate.of(path));
        return new RequestEvent(unit.id(), endpoint, method, path, finalStatus, startEpochNanos, wall, cpu, alloc,
                bytesFromServer >= 0 ? bytesFromServer : responseBytes.get(), server, threadName, work.statements(),
                sorted, work.dropped(), callsDropped.get(), error == null ? null : describe(error),
                firstWriteNanoTime == 0 ? -1 : Math.max(0, firstWriteNanoTime - startNanoTime));
    }

    /** Detaches the request from its thread and closes its unit of work; safe to call more than once. */
    void close() {
        BY_UNIT.remove(unit);
        if (CURRENT.get() == this) {
            CURRENT.remove();
        }
        unit.close();
    }

    static String describe(Throwable error) {
        String message = error.getMessage();
        String text = error.getClass().getName() + (message == null ? "" : ": " + message);
        return text.length() > 500 ? text.substring(0, 500) + "…" : text;
    }
}
