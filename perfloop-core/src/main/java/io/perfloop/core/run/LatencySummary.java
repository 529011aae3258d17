package io.perfloop.core.run;

import org.HdrHistogram.AbstractHistogram;
import org.HdrHistogram.Histogram;

/**
 * A latency distribution: headline percentiles for reading, plus the full histogram for analysis.
 *
 * <p>All values are in {@link #unit} (microseconds as written by perfloop).
 *
 * @param unit      {@code us}
 * @param count     recorded values
 * @param mean      arithmetic mean
 * @param p50       median
 * @param p90       90th percentile
 * @param p99       99th percentile
 * @param p999      99.9th percentile
 * @param max       largest value
 * @param histogram HdrHistogram compressed encoding, base64 ({@link HistogramCodec})
 */
public record LatencySummary(String unit, long count, double mean, long p50, long p90, long p99, long p999,
                             long max, String histogram) {

    /** The unit perfloop records latency in. */
    public static final String MICROS = "us";

    /** Summarises a histogram whose values are microseconds. */
    public static LatencySummary ofMicros(AbstractHistogram h) {
        if (h.getTotalCount() == 0) {
            return new LatencySummary(MICROS, 0, 0, 0, 0, 0, 0, 0, HistogramCodec.encode(h));
        }
        return new LatencySummary(MICROS, h.getTotalCount(), Math.round(h.getMean() * 10) / 10.0,
                h.getValueAtPercentile(50), h.getValueAtPercentile(90), h.getValueAtPercentile(99),
                h.getValueAtPercentile(99.9), h.getMaxValue(), HistogramCodec.encode(h));
    }

    /** Decodes the stored histogram. */
    public Histogram decode() {
        return HistogramCodec.decode(histogram);
    }
}
