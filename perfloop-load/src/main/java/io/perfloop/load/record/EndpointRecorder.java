package io.perfloop.load.record;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.PackedHistogram;
import org.HdrHistogram.Recorder;

import io.perfloop.core.run.EndpointResult;
import io.perfloop.core.run.LatencySummary;
import io.perfloop.load.http.ErrorKind;

/**
 * Records one endpoint's requests from many threads at once, and cuts per-second windows on a timer.
 * Latencies go into HdrHistogram {@link Recorder}s (lock-free writers, interval swaps) in microseconds,
 * 3 significant digits, auto-resizing so the range grows only as far as the slowest request. Not the packed
 * variant: its concurrent resize deadlocks when two writers grow it at once (HdrHistogram 2.2.2, seen here
 * under 64 connections; {@code EndpointRecorderTest} guards it). Totals are packed: one thread writes them.
 * The {@code ALL} row is not recorded here a second time: {@link OverallRecorder} merges the windows.
 */
public final class EndpointRecorder {
    private final String name;
    private final Recorder corrected = new Recorder(3);
    private final Recorder service = new Recorder(3);
    private final PackedHistogram correctedTotal = new PackedHistogram(3);
    private final PackedHistogram serviceTotal = new PackedHistogram(3);
    private final LongAdder requests = new LongAdder();
    private final LongAdder errors = new LongAdder();
    private final LongAdder bytesReceived = new LongAdder();
    private final LongAdder bytesSent = new LongAdder();
    private final EnumMap<ErrorKind, LongAdder> errorsByKind = new EnumMap<>(ErrorKind.class);
    private final LongAdder[] statusClasses = new LongAdder[6];
    private final SeriesBuilder series = new SeriesBuilder();
    private long requestsAtLastTick;
    private long errorsAtLastTick;

    EndpointRecorder(String name) {
        this.name = name;
        for (ErrorKind k : ErrorKind.values()) {
            errorsByKind.put(k, new LongAdder());
        }
        for (int i = 0; i < statusClasses.length; i++) {
            statusClasses[i] = new LongAdder();
        }
    }

    /** Records one request; thread-safe. */
    public void record(Outcome o) {
        requests.increment();
        if (o.bytesSent() != 0) {
            bytesSent.add(o.bytesSent());
        }
        if (o.error() != null) {
            errorsByKind.get(o.error()).increment();
        } else {
            corrected.recordValue(micros(o.endNanos() - o.intendedNanos()));
            service.recordValue(micros(o.endNanos() - o.sentNanos()));
            bytesReceived.add(o.bytesReceived());
            statusClasses[Math.min(Math.max(o.status() / 100, 0), 5)].increment();
        }
        if (o.failed()) {
            errors.increment();
        }
    }

    private static long micros(long nanos) {
        return Math.max(1, nanos / 1000);
    }

    /**
     * Closes the current window: moves its latencies into the totals and appends it to the series.
     * Called by one timer thread only.
     */
    synchronized Window tick(long second) {
        Histogram c = corrected.getIntervalHistogram();
        Histogram s = service.getIntervalHistogram();
        correctedTotal.add(c);
        serviceTotal.add(s);
        long r = requests.sum();
        long e = errors.sum();
        Window w = new Window(c, s, r - requestsAtLastTick, e - errorsAtLastTick);
        series.add(second, w.requests(), w.errors(), c, s);
        requestsAtLastTick = r;
        errorsAtLastTick = e;
        return w;
    }

    /** The endpoint's result; call after the last {@link #tick}. */
    synchronized EndpointResult result() {
        Map<String, Long> kinds = new LinkedHashMap<>();
        errorsByKind.forEach((k, v) -> {
            if (v.sum() > 0) {
                kinds.put(k.label(), v.sum());
            }
        });
        Map<String, Long> statuses = new LinkedHashMap<>();
        for (int i = 1; i < statusClasses.length; i++) {
            if (statusClasses[i].sum() > 0) {
                statuses.put(i + "xx", statusClasses[i].sum());
            }
        }
        return new EndpointResult(name, requests.sum(), errors.sum(), kinds, statuses, bytesReceived.sum(),
                bytesSent.sum(), LatencySummary.ofMicros(correctedTotal), LatencySummary.ofMicros(serviceTotal),
                series.build());
    }

    String name() {
        return name;
    }

    long requests() {
        return requests.sum();
    }

    long errors() {
        return errors.sum();
    }
}
