package io.perfloop.benchmarks.agreement;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The agreement set: microbenchmarks of known, different costs, measured by both JMH
 * ({@link AgreementJmh}) and perfloop's JUnit fixture ({@link AgreementFixture}) from this one
 * implementation. Array sums carry a dependency chain ({@code h = 31·h + x}) so the JIT cannot
 * vectorise them and their cost grows linearly with the length; the map lookup and the string
 * concatenation are the nanosecond and the allocating ends.
 */
public final class Workloads {
    private final int[] ints1k = randomInts(1_000, 1);
    private final int[] ints10k = randomInts(10_000, 2);
    private final int[] ints100k = randomInts(100_000, 3);
    private final Map<Integer, Integer> map = new HashMap<>();
    private final Integer[] keys = new Integer[1024];
    private static final String[] REGIONS = {"eu", "us", "apac", "latam"};
    private int next;

    /** Builds the inputs (seeded, so every run sums the same numbers). */
    public Workloads() {
        SplittableRandom random = new SplittableRandom(4);
        for (int i = 0; i < keys.length; i++) {
            keys[i] = random.nextInt();
            map.put(keys[i], i);
        }
    }

    /** Hash of 1 000 ints. */
    public int sum1k() {
        return chain(ints1k);
    }

    /** Hash of 10 000 ints. */
    public int sum10k() {
        return chain(ints10k);
    }

    /** Hash of 100 000 ints (400 KB: still in L2 on current CPUs). */
    public int sum100k() {
        return chain(ints100k);
    }

    /** One {@code HashMap.get} of an Integer key, cycling through 1 024 present keys. */
    public Integer hashMapLookup() {
        return map.get(keys[next++ & 1023]);
    }

    /**
     * Builds an order key by concatenation (a string and a number, one allocation of each). Not
     * {@code String.format}: its cost depends on the JIT's inlining of the formatter and regex,
     * which differs from JVM to JVM; JMH's own runs of it spread from 0.9 to 8.7 µs here.
     */
    public String stringConcat() {
        return "order-" + REGIONS[next & 3] + "-" + (next++ & 0xFFFF);
    }

    private static int chain(int[] values) {
        int h = 0;
        for (int x : values) {
            h = 31 * h + x;
        }
        return h;
    }

    private static int[] randomInts(int n, long seed) {
        return new SplittableRandom(seed).ints(n).toArray();
    }
}
