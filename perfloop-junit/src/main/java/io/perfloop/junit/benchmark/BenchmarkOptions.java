package io.perfloop.junit.benchmark;

import io.perfloop.junit.benchmark.internal.Durations;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * How {@link Benchmark#run} measures, with pytest-benchmark's calibration defaults and the JVM's
 * warmup on top. Each setting is read from a JUnit configuration parameter, which JUnit also looks
 * up in system properties and {@code junit-platform.properties}: {@code -Dperfloop.benchmark.maxTime=2s}.
 *
 * @param minTime shortest round in seconds; calibration grows the loop count ×10 until a round
 *                lasts at least this, or ten timer ticks if that is more ({@code perfloop.benchmark.minTime}, 5us)
 * @param maxTime measuring time in seconds that sets the number of rounds ({@code perfloop.benchmark.maxTime}, 1s)
 * @param minRounds fewest rounds, however slow the target ({@code perfloop.benchmark.minRounds}, 5)
 * @param calibrationPrecision ticks of the timer per round at least ({@code perfloop.benchmark.calibrationPrecision}, 10)
 * @param warmup whether to run the target before calibrating ({@code perfloop.benchmark.warmup}, true)
 * @param warmupTime warmup length in seconds when time-based ({@code perfloop.benchmark.warmupTime}, 0.5s)
 * @param warmupIterations when above 0, warm up for exactly this many calls instead of for a time
 *                         ({@code perfloop.benchmark.warmupIterations}, 0)
 * @param disabled call each target once, measure nothing ({@code perfloop.benchmark.disable}, false):
 *                 for a quick functional pass over benchmark tests
 */
public record BenchmarkOptions(double minTime, double maxTime, int minRounds, int calibrationPrecision,
                               boolean warmup, double warmupTime, long warmupIterations, boolean disabled) {
    /** Prefix of every configuration key. */
    public static final String PREFIX = "perfloop.benchmark.";

    /** Validates the settings. */
    public BenchmarkOptions {
        requireNonNegative("minTime", minTime);
        requireNonNegative("maxTime", maxTime);
        requireNonNegative("warmupTime", warmupTime);
        if (minRounds < 1) {
            throw new IllegalArgumentException(PREFIX + "minRounds must be at least 1, was " + minRounds);
        }
        if (calibrationPrecision < 1) {
            throw new IllegalArgumentException(PREFIX + "calibrationPrecision must be at least 1, was " + calibrationPrecision);
        }
        if (warmupIterations < 0) {
            throw new IllegalArgumentException(PREFIX + "warmupIterations must be >= 0, was " + warmupIterations);
        }
    }

    /** pytest-benchmark's calibration (5 µs, 1 s, 5 rounds, precision 10) with a 0.5 s warmup. */
    public static BenchmarkOptions defaults() {
        return new BenchmarkOptions(5e-6, 1.0, 5, 10, true, 0.5, 0, false);
    }

    /**
     * Reads every setting that is present, keeping the default for the others.
     *
     * @param lookup configuration parameter by full key, e.g. {@code ExtensionContext::getConfigurationParameter}
     * @throws IllegalArgumentException naming the key when a value cannot be read
     */
    public static BenchmarkOptions from(Function<String, Optional<String>> lookup) {
        BenchmarkOptions d = defaults();
        return new BenchmarkOptions(
                seconds(lookup, "minTime", d.minTime), seconds(lookup, "maxTime", d.maxTime),
                (int) integer(lookup, "minRounds", d.minRounds), (int) integer(lookup, "calibrationPrecision", d.calibrationPrecision),
                bool(lookup, "warmup", d.warmup), seconds(lookup, "warmupTime", d.warmupTime),
                integer(lookup, "warmupIterations", d.warmupIterations), bool(lookup, "disable", d.disabled));
    }

    /** Whether any warmup runs: on, and with a time or a count above zero. */
    public boolean warms() {
        return warmup && (warmupIterations > 0 || warmupTime > 0);
    }

    /** The same options with warmup switched on or off. */
    public BenchmarkOptions withWarmup(boolean on) {
        return new BenchmarkOptions(minTime, maxTime, minRounds, calibrationPrecision, on, warmupTime, warmupIterations, disabled);
    }

    /** The same options with another measuring time. */
    public BenchmarkOptions withMaxTime(double seconds) {
        return new BenchmarkOptions(minTime, seconds, minRounds, calibrationPrecision, warmup, warmupTime, warmupIterations, disabled);
    }

    private static void requireNonNegative(String key, double seconds) {
        if (!(seconds >= 0) || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException(PREFIX + key + " must be a finite duration >= 0, was " + seconds);
        }
    }

    private static double seconds(Function<String, Optional<String>> lookup, String key, double fallback) {
        return lookup.apply(PREFIX + key).map(v -> Durations.parseSeconds(PREFIX + key, v)).orElse(fallback);
    }

    private static long integer(Function<String, Optional<String>> lookup, String key, long fallback) {
        return lookup.apply(PREFIX + key).map(v -> {
            try {
                return Long.parseLong(v.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(PREFIX + key + ": '" + v + "' is not a whole number", e);
            }
        }).orElse(fallback);
    }

    private static boolean bool(Function<String, Optional<String>> lookup, String key, boolean fallback) {
        return lookup.apply(PREFIX + key).map(v -> switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "", "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new IllegalArgumentException(PREFIX + key + ": '" + v + "' is not true or false");
        }).orElse(fallback);
    }
}
