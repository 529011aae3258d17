package io.perfloop.load.engine;

import java.time.Instant;
import java.util.Iterator;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import io.perfloop.load.http.ErrorKind;
import io.perfloop.load.http.HttpTransport;
import io.perfloop.load.http.OutgoingRequest;
import io.perfloop.load.pacing.Schedule;
import io.perfloop.load.pacing.ScheduledRequest;
import io.perfloop.load.record.EndpointRecorder;
import io.perfloop.load.record.Outcome;
import io.perfloop.load.record.RunRecorder;
import io.perfloop.load.record.StallWatchdog;
import io.perfloop.load.source.RequestSpec;

/**
 * Sends a workload and records what happened. Open model ({@link #runOpen}): requests start at their
 * scheduled times whatever the server does, and latency counts from that intended start, so a stalled
 * server shows up in the numbers instead of silently slowing the generator (no coordinated omission).
 * Closed model ({@link #runClosed}): N virtual users each send the next request when the previous one
 * completes. One engine runs one workload.
 */
public final class LoadEngine {
    private final HttpTransport transport;
    private final EngineSettings settings;
    private final ProgressListener listener;
    private final RunRecorder recorder;
    private final Slots<Pending> slots;
    private final PreparedRequests prepared;
    private final AtomicLong sent = new AtomicLong();
    private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);

    /** A request on its way: what, to which endpoint, and when it should have started. */
    private record Pending(OutgoingRequest request, EndpointRecorder endpoint, long intendedNanos) {
    }

    /**
     * @param connections most requests in flight at once
     */
    public LoadEngine(HttpTransport transport, int connections, EngineSettings settings, ProgressListener listener) {
        this.transport = transport;
        this.settings = settings;
        this.listener = listener;
        this.recorder = new RunRecorder(settings.maxEndpoints());
        this.slots = new Slots<>(connections, settings.maxBacklog());
        this.prepared = new PreparedRequests(settings, recorder);
    }

    /** Runs an open-model schedule, stopping at its end or after {@code maxDurationNanos}. */
    public LoadResult runOpen(Schedule schedule, long maxDurationNanos) {
        Instant startedAt = Instant.now();
        long start = System.nanoTime() + 5_000_000L; // let the timer threads start first
        long planned = 0;
        try (StallWatchdog watchdog = new StallWatchdog(settings.stallNanos(), start, listener::onStall)) {
            Ticker ticker = new Ticker(recorder, start, listener, slots);
            while (schedule.hasNext()) {
                ScheduledRequest next = schedule.next();
                if (next.offsetNanos() >= maxDurationNanos) {
                    break;
                }
                planned++;
                long intended = start + next.offsetNanos();
                sleepUntil(intended);
                Pending p = prepare(next.request(), intended);
                if (p == null) {
                    continue;
                }
                switch (slots.admit(p)) {
                    case SEND -> send(p);
                    case DROPPED -> recordFailure(p, ErrorKind.DROPPED);
                    case QUEUED -> { /* sent when a slot frees */ }
                }
            }
            return finish(startedAt, start, planned, schedule.lateRecords(), ticker, watchdog);
        }
    }

    /**
     * Runs a closed model: {@code users} loops of send-and-wait until the requests run out, the duration
     * ends, or {@code maxRequests} were sent.
     */
    public LoadResult runClosed(Iterator<RequestSpec> requests, int users, long durationNanos, long maxRequests) {
        Instant startedAt = Instant.now();
        long start = System.nanoTime();
        long deadline = durationNanos == Long.MAX_VALUE ? Long.MAX_VALUE : start + durationNanos;
        AtomicLong planned = new AtomicLong();
        CountDownLatch usersDone = new CountDownLatch(users);
        try (StallWatchdog watchdog = new StallWatchdog(settings.stallNanos(), start, listener::onStall)) {
            Ticker ticker = new Ticker(recorder, start, listener, slots);
            Runnable[] user = new Runnable[1];
            user[0] = () -> {
                Pending p = null;
                while (p == null) {
                    synchronized (requests) { // the source and the prepared-request table are single-threaded
                        boolean more = System.nanoTime() < deadline && planned.get() < maxRequests && requests.hasNext();
                        if (!more) {
                            usersDone.countDown();
                            return;
                        }
                        planned.incrementAndGet();
                        p = prepare(requests.next(), System.nanoTime());
                    }
                }
                slots.acquire();
                sendThen(p, () -> {
                    slots.release();
                    continueOnThisThreadOrHandOff(user[0]);
                });
            };
            for (int i = 0; i < users; i++) {
                ForkJoinPool.commonPool().execute(user[0]);
            }
            awaitQuietly(usersDone, durationNanos == Long.MAX_VALUE ? Long.MAX_VALUE
                    : durationNanos + settings.drainNanos());
            return finish(startedAt, start, planned.get(), 0, ticker, watchdog);
        }
    }

    private Pending prepare(RequestSpec spec, long intended) {
        PreparedRequests.Prepared p = prepared.of(spec);
        if (p.request() == null) {
            long now = System.nanoTime();
            recorder.record(p.endpoint(), new Outcome(intended, now, now, 0, 0, 0, ErrorKind.INVALID));
            return null;
        }
        return new Pending(p.request(), p.endpoint(), intended);
    }

    private void send(Pending p) {
        sendThen(p, () -> {
            Pending next = slots.releaseOrNext();
            if (next != null) {
                continueOnThisThreadOrHandOff(() -> send(next));
            }
        });
    }

    private void sendThen(Pending p, Runnable afterCompletion) {
        long sentAt = System.nanoTime();
        sent.incrementAndGet();
        transport.send(p.request(), (status, bytes, failure) -> {
            long end = System.nanoTime();
            ErrorKind kind = failure == null ? null : ErrorKind.classify(failure);
            recorder.record(p.endpoint(), new Outcome(p.intendedNanos(), sentAt, end, status, bytes,
                    p.request().body().length, kind));
            afterCompletion.run();
        });
    }

    /** A client may complete synchronously (an invalid URL); bound the recursion that would follow. */
    private void continueOnThisThreadOrHandOff(Runnable next) {
        int[] d = depth.get();
        if (d[0] > 8) {
            ForkJoinPool.commonPool().execute(next);
            return;
        }
        d[0]++;
        try {
            next.run();
        } finally {
            d[0]--;
        }
    }

    private void recordFailure(Pending p, ErrorKind kind) {
        long now = System.nanoTime();
        recorder.record(p.endpoint(), new Outcome(p.intendedNanos(), now, now, 0, 0, 0, kind));
    }

    private LoadResult finish(Instant startedAt, long start, long planned, long late, Ticker ticker,
                              StallWatchdog watchdog) {
        long drainDeadline = System.nanoTime() + settings.drainNanos();
        while ((slots.inFlight() > 0 || slots.backlog() > 0) && System.nanoTime() < drainDeadline) {
            LockSupport.parkNanos(2_000_000L);
        }
        long abandoned = slots.inFlight() + (long) slots.backlog();
        long end = System.nanoTime();
        ticker.close();
        return new LoadResult(startedAt, Instant.now(), Math.max(0, end - start), recorder.endpointResults(),
                recorder.overallResult(), planned, sent.get(), slots.dropped(), slots.blocked(), abandoned, late,
                watchdog.stalls());
    }

    private static void sleepUntil(long deadline) {
        long remaining;
        while ((remaining = deadline - System.nanoTime()) > 0) {
            if (remaining > 20_000) {
                LockSupport.parkNanos(remaining - 10_000);
            } else {
                Thread.onSpinWait();
            }
        }
    }

    private static void awaitQuietly(CountDownLatch latch, long nanos) {
        try {
            latch.await(nanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
