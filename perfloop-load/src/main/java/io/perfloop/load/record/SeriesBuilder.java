package io.perfloop.load.record;

import java.util.ArrayList;
import java.util.List;

import org.HdrHistogram.Histogram;

import io.perfloop.core.run.SecondSeries;

/** Accumulates the per-second columns of one endpoint (or of all of them). Used by the timer thread only. */
final class SeriesBuilder {
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
