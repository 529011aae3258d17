package io.perfloop.profile.record;

import java.time.Duration;
import java.util.Objects;

/**
 * What to record and how finely.
 *
 * @param sampler          who takes the CPU samples
 * @param cpuInterval      CPU sampling interval (default 10 ms)
 * @param waitThreshold    shortest monitor enter, park, sleep, socket or file I/O recorded (default 10 ms)
 * @param pinnedThreshold  shortest virtual-thread pinning recorded, JDK 21+ (default 5 ms)
 * @param allocationRate   allocation samples per second JFR may take ({@code jdk.ObjectAllocationSample#throttle})
 */
public record RecordingOptions(CpuSampler sampler, Duration cpuInterval, Duration waitThreshold,
                               Duration pinnedThreshold, int allocationRate) {
    public RecordingOptions {
        Objects.requireNonNull(sampler, "sampler");
        positive(cpuInterval, "cpuInterval");
        positive(waitThreshold, "waitThreshold");
        positive(pinnedThreshold, "pinnedThreshold");
        if (allocationRate <= 0) {
            throw new IllegalArgumentException("allocationRate must be positive, was " + allocationRate);
        }
    }

    /** async-profiler where possible, 10 ms CPU samples, 10 ms wait threshold, 300 allocation samples/s. */
    public static RecordingOptions defaults() {
        return new RecordingOptions(CpuSampler.AUTO, Duration.ofMillis(10), Duration.ofMillis(10), Duration.ofMillis(5), 300);
    }

    /** The same options with another CPU sampler. */
    public RecordingOptions withSampler(CpuSampler value) {
        return new RecordingOptions(value, cpuInterval, waitThreshold, pinnedThreshold, allocationRate);
    }

    /** The same options with another CPU sampling interval. */
    public RecordingOptions withCpuInterval(Duration value) {
        return new RecordingOptions(sampler, value, waitThreshold, pinnedThreshold, allocationRate);
    }

    /** The same options with another threshold for recorded waits. */
    public RecordingOptions withWaitThreshold(Duration value) {
        return new RecordingOptions(sampler, cpuInterval, value, pinnedThreshold, allocationRate);
    }

    private static void positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + d);
        }
    }
}
