package io.perfloop.profile.record;

/** Which profiler takes the CPU samples. */
public enum CpuSampler {
    /** async-profiler where its native library loads, JFR's execution sampler otherwise. */
    AUTO,
    /**
     * async-profiler ({@code event=cpu}): samples every running thread, native and intrinsic code
     * included. On JDK 17 JFR misses threads sitting in native or intrinsic code (measured: ~40
     * samples where ~300 were due), so this is the preferred sampler.
     */
    ASYNC_PROFILER,
    /** JFR's {@code jdk.ExecutionSample}: always there, but under-samples native code on JDK < 21. */
    JFR
}
