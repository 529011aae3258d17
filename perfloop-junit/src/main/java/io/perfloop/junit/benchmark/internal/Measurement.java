package io.perfloop.junit.benchmark.internal;

import io.perfloop.junit.benchmark.BenchmarkOptions;

import java.util.ArrayList;
import java.util.List;

/**
 * pytest-benchmark's measuring procedure with a JVM warmup in front: warm up (by call count, or
 * by time: at least {@code warmupTime}, and on while the code still gets faster — the JIT's
 * compiler threads can fall far behind on a busy machine — up to {@value #EXTENSION}× that), calibrate the loop count ×10 until one round lasts {@code minTime}, derive the number of
 * rounds from {@code maxTime}, then time the rounds.
 */
public final class Measurement {
    /** Beyond this the round times would not fit comfortably in memory; {@code maxTime / minTime} rarely gets near. */
    static final int MAX_ROUNDS = 5_000_000;
    private static final long MAX_LOOPS = 1L << 40;
    /** A time-based warmup goes on past its time while the code still gets faster, up to this many times it. */
    static final int EXTENSION = 10;
    /** Still getting faster: a window's median call at least 5 % below the previous window's. */
    private static final double IMPROVING = 0.95;

    private final TimedLoop loop;
    private final BenchmarkOptions options;
    private final double timerPrecision;
    private String phase = "warmup";

    /**
     * @param loop the target in its loop
     * @param options how to measure
     * @param timerPrecision smallest tick of {@link System#nanoTime()} in seconds
     */
    public Measurement(TimedLoop loop, BenchmarkOptions options, double timerPrecision) {
        this.loop = loop;
        this.options = options;
        this.timerPrecision = timerPrecision;
    }

    /** Where the measurement is, for error messages: {@code warmup}, {@code calibration}, {@code round 3 of 200}. */
    public String phase() {
        return phase;
    }

    /**
     * Measures.
     *
     * @return the rounds and what led to them
     * @throws Throwable whatever the target threw; {@link #phase()} says when
     */
    public Measured run() throws Throwable {
        long warmupStart = System.nanoTime();
        long warmupCalls = options.warms() ? warmup() : 0;
        double warmupSeconds = (System.nanoTime() - warmupStart) * 1e-9;

        phase = "calibration";
        double minTime = Math.max(options.minTime(), timerPrecision * options.calibrationPrecision());
        double minTimeEstimate = minTime * 5 / options.calibrationPrecision();
        List<Probe> probes = new ArrayList<>();
        long loops = 1;
        double duration;
        while (true) {
            duration = loop.time(loops) * 1e-9;
            probes.add(new Probe(loops, duration));
            if (duration >= minTime) {
                break;
            }
            if (duration >= minTimeEstimate) {
                loops = (long) Math.ceil(minTime * loops / duration);
                if (loops == 1) {
                    break;
                }
            } else {
                loops *= 10;
            }
            if (loops > MAX_LOOPS) {
                throw new IllegalStateException("the target takes no measurable time: " + MAX_LOOPS
                        + " calls stayed below " + Durations.format(minTime));
            }
        }
        long wanted = Math.max(options.minRounds(), (long) Math.ceil(options.maxTime() / Math.max(duration, 1e-9)));
        int rounds = (int) Math.min(wanted, MAX_ROUNDS);
        double[] perIteration = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            phase = "round " + (r + 1) + " of " + rounds;
            perIteration[r] = loop.time(loops) * 1e-9 / loops;
        }
        phase = "after the rounds";
        return new Measured(perIteration, loops, probes, minTime, warmupSeconds, warmupCalls);
    }

    private long warmup() throws Throwable {
        long calls = 0;
        long batch = 1;
        if (options.warmupIterations() > 0) {
            while (calls < options.warmupIterations()) {
                long n = Math.min(batch, options.warmupIterations() - calls);
                loop.time(n);
                calls += n;
                batch = Math.min(batch * 2, 1 << 20);
            }
            return calls;
        }
        long start = System.nanoTime();
        long minEnd = start + (long) (options.warmupTime() * 1e9);
        long maxEnd = start + (long) (options.warmupTime() * 1e9 * EXTENSION);
        long window = Math.max(50_000_000L, (long) (options.warmupTime() * 1e9 / 10));
        long windowEnd = start + window;
        List<Double> perCall = new ArrayList<>();
        double previous = Double.NaN;
        while (true) {
            long ns = loop.time(batch);
            calls += batch;
            perCall.add((double) ns / batch);
            if (ns < 1_000_000 && batch < (1 << 30)) {
                batch *= 2;   // batches of about a millisecond keep the clock checks cheap and accurate
            }
            long now = System.nanoTime();
            if (now < windowEnd) {
                continue;
            }
            double median = perCall.stream().mapToDouble(Double::doubleValue).sorted().toArray()[perCall.size() / 2];
            boolean improving = Double.isNaN(previous) || median < IMPROVING * previous;
            if (now >= maxEnd || now >= minEnd && !improving) {
                return calls;
            }
            previous = median;
            perCall.clear();
            windowEnd = now + window;
        }
    }

    /**
     * One calibration run.
     *
     * @param loops calls in it
     * @param seconds how long they took together
     */
    public record Probe(long loops, double seconds) {
    }

    /**
     * What a measurement produced.
     *
     * @param perIteration seconds per call, one value per round, in the order measured
     * @param iterations calls per round (the calibrated loop count)
     * @param calibration the calibration runs before the rounds
     * @param minTime the round length calibration aimed for, seconds
     * @param warmupSeconds time spent warming up
     * @param warmupCalls calls made during warmup
     */
    public record Measured(double[] perIteration, long iterations, List<Probe> calibration, double minTime,
                           double warmupSeconds, long warmupCalls) {
    }
}
