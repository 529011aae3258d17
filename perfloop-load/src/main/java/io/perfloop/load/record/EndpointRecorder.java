package io.perfloop.load.record;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.PackedHistogram;
import org.HdrHistogram.Recorder;

import io.perfloop.core.run.EndpointResult;
import io.perfloop.core.run.LatencySummary;
import io.perfloop.core.run.SecondSeries;
import io.perfloop.load.http.ErrorKind;

/**
 * Records one endpoint's requests from many threads at once, and cuts per-second windows on a timer.
 * Latencies go into HdrHistogram {@link Recorder}s (lock-free writers, interval swaps) in microseconds,
 * 3 significant digits, auto-resizing so the range grows only as far as the slowest request. Not the packed
 * variant: its concurrent resize deadlocks when two writers grow it at once (HdrHistogram 2.2.2, seen here
 * under 64 connections; {@code EndpointRecorderTest} guards it). Totals are packed: one thread writes them.
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
        bytesSent.add(o.bytesSent());
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
     *
     * @return the window's corrected latencies (for the progress line)
     */
    synchronized Histogram tick(long second) {
        Histogram c = corrected.getIntervalHistogram();
        Histogram s = service.getIntervalHistogram();
        correctedTotal.add(c);
        serviceTotal.add(s);
        long r = requests.sum();
        long e = errors.sum();
        series.add(second, r - requestsAtLastTick, e - errorsAtLastTick, c, s);
        requestsAtLastTick = r;
        errorsAtLastTick = e;
        return c;
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

    /** Accumulates the per-second columns. */
    private static final class SeriesBuilder {
        private final List<Long> second = new ArrayList<>();
        private final List<Long> requests = new ArrayList<>();
        private final List<Long> errors = new ArrayList<>();
        private final List<Double> p50 = new ArrayList<>();
        private final List<Double> p90 = new ArrayList<>();
        private final List<Double> p99 = new ArrayList<>();
        private final List<Double> max = new ArrayList<>();
        private final List<Double> serviceP50 = new ArrayList<>();
        private final List<Double> serviceP99 = new ArrayList<>();

        void add(long sec, long req, long err, Histogram c, Histogram s) {
            second.add(sec);
            requests.add(req);
            errors.add(err);
            boolean any = c.getTotalCount() > 0;
            p50.add(any ? ms(c.getValueAtPercentile(50)) : null);
            p90.add(any ? ms(c.getValueAtPercentile(90)) : null);
            p99.add(any ? ms(c.getValueAtPercentile(99)) : null);
            max.add(any ? ms(c.getMaxValue()) : null);
            serviceP50.add(any ? ms(s.getValueAtPercentile(50)) : null);
            serviceP99.add(any ? ms(s.getValueAtPercentile(99)) : null);
        }

        private static double ms(long micros) {
            return Math.round(micros) / 1000.0;
        }

        SecondSeries build() {
            return new SecondSeries(second, requests, errors, p50, p90, p99, max, serviceP50, serviceP99);
        }
    }
}
