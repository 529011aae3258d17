package io.perfloop.core.work;

import io.perfloop.core.event.StatementEvent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A named scope of work (a request, a job, a test) that captured statements are attributed to.
 *
 * <p>Open it with try-with-resources on the thread that starts the work; work handed to other
 * threads through {@link WorkContext#wrap(java.util.concurrent.Executor)} is attributed to it as
 * well. Units nest: a statement recorded in an inner unit also counts for every enclosing one.
 * Each unit keeps at most {@link #DEFAULT_CAPACITY} statements and counts the rest as dropped,
 * so a runaway loop cannot exhaust the heap.
 */
public final class UnitOfWork implements AutoCloseable {

    /** How many statements one unit keeps before it only counts. */
    public static final int DEFAULT_CAPACITY = 10_000;

    private static final ThreadLocal<UnitOfWork> CURRENT = new ThreadLocal<>();
    private static final AtomicLong IDS = new AtomicLong();

    private final long id;
    private final String name;
    private final UnitOfWork parent;
    private final int capacity;
    private final long startEpochNanos;
    private final long startNanoTime;
    private final Thread openedOn;
    private final UnitOfWork previousOnThread;
    private final ConcurrentLinkedQueue<Recorded> statements = new ConcurrentLinkedQueue<>();
    private final AtomicInteger kept = new AtomicInteger();
    private final AtomicLong dropped = new AtomicLong();
    private volatile long durationNanos = -1;

    private UnitOfWork(String name, UnitOfWork parent, int capacity) {
        this.id = IDS.incrementAndGet();
        this.name = Objects.requireNonNull(name, "name");
        this.parent = parent;
        this.capacity = capacity;
        this.startEpochNanos = Clock.epochNanos();
        this.startNanoTime = System.nanoTime();
        this.openedOn = Thread.currentThread();
        this.previousOnThread = CURRENT.get();
    }

    /** Opens a unit on the current thread, nested in the unit already current there, if any. */
    public static UnitOfWork open(String name) {
        return open(name, DEFAULT_CAPACITY);
    }

    /** Opens a unit keeping at most {@code capacity} statements. */
    public static UnitOfWork open(String name, int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must be >= 0, was " + capacity);
        }
        UnitOfWork unit = new UnitOfWork(name, CURRENT.get(), capacity);
        CURRENT.set(unit);
        return unit;
    }

    /** The unit the current thread works for, if any. */
    public static Optional<UnitOfWork> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Makes {@code unit} current on this thread; returns what was current, for {@link #restore}. */
    static UnitOfWork attach(UnitOfWork unit) {
        UnitOfWork previous = CURRENT.get();
        CURRENT.set(unit);
        return previous;
    }

    static void restore(UnitOfWork previous) {
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }

    /** Records a statement here and in every enclosing unit. */
    public void record(Recorded statement) {
        for (UnitOfWork unit = this; unit != null; unit = unit.parent) {
            unit.keep(statement);
        }
    }

    private void keep(Recorded statement) {
        if (kept.incrementAndGet() <= capacity) {
            statements.add(statement);
        } else {
            kept.decrementAndGet();
            dropped.incrementAndGet();
        }
    }

    /** Unique id within this JVM. */
    public long id() {
        return id;
    }

    /** The name given at open. */
    public String name() {
        return name;
    }

    /** The enclosing unit, if any. */
    public Optional<UnitOfWork> parent() {
        return Optional.ofNullable(parent);
    }

    /** Whether {@link #close()} was called. */
    public boolean isClosed() {
        return durationNanos >= 0;
    }

    /** The statements recorded so far (including nested units'), in capture order. */
    public WorkUnit snapshot() {
        List<StatementEvent> events = new ArrayList<>(kept.get());
        for (Recorded r : statements) {
            events.add(r.event());
        }
        events.sort(Comparator.comparingLong(StatementEvent::sequence));
        long duration = durationNanos >= 0 ? durationNanos : System.nanoTime() - startNanoTime;
        return new WorkUnit(id, name, parent == null ? 0 : parent.id, startEpochNanos, duration,
                List.copyOf(events), dropped.get());
    }

    /**
     * Ends the unit. Must be called on the thread that opened it; the unit that was current
     * before becomes current again.
     */
    @Override
    public void close() {
        if (isClosed()) {
            return;
        }
        durationNanos = System.nanoTime() - startNanoTime;
        if (Thread.currentThread() == openedOn && CURRENT.get() == this) {
            restore(previousOnThread);
        }
    }

    @Override
    public String toString() {
        return "UnitOfWork[" + id + " " + name + "]";
    }
}
