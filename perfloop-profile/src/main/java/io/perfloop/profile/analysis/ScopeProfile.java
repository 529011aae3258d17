package io.perfloop.profile.analysis;

import java.util.List;

/**
 * The profile of one scope: the whole recording, or the requests of one endpoint. The evidence
 * the profile rules read.
 *
 * @param name            {@code all} or the endpoint, e.g. {@code GET /orders}
 * @param overall         whether this is the whole recording
 * @param requests        requests of the endpoint (0 for the whole recording)
 * @param wallNanos       the scope's wall time: the recording's duration, or the sum of its requests' durations
 * @param cpuSamples      CPU samples in the scope
 * @param cpuIntervalNanos CPU sampling interval, so samples × interval ≈ CPU time
 * @param methods         methods by total (cumulative) share, with the heaviest self methods included
 * @param lines           source lines by self share
 * @param allocatedBytes  estimated bytes allocated in the scope
 * @param allocationSites allocation sites by bytes
 * @param allocationTypes allocated types by bytes
 * @param waits           off-CPU time by kind (waits with an application frame on the stack; idle JDK and
 *                        framework threads are left out)
 * @param waitSites       off-CPU time by kind and site, longest first (locks included)
 * @param stalls          event-loop stalls by site, longest first
 * @param pinned          virtual-thread pinning by site, longest first (JDK 21+)
 * @param gc              GC pause time within the scope and allocation
 * @param cpuFlame        CPU samples as a flame graph
 * @param allocationFlame allocated bytes as a flame graph
 * @param responseBytes   bytes of the responses the scope's requests sent (an estimate when only some were
 *                        known); -1 when unknown, and for the whole recording
 */
public record ScopeProfile(String name, boolean overall, long requests, long wallNanos, long cpuSamples,
                           long cpuIntervalNanos, List<MethodStat> methods, List<LineStat> lines, long allocatedBytes,
                           List<AllocationSite> allocationSites, List<TypeAllocation> allocationTypes,
                           List<WaitTotal> waits, List<WaitSite> waitSites, List<Stall> stalls, List<PinnedSite> pinned,
                           GcSummary gc, FlameNode cpuFlame, FlameNode allocationFlame, long responseBytes) {
    public ScopeProfile {
        methods = List.copyOf(methods);
        lines = List.copyOf(lines);
        allocationSites = List.copyOf(allocationSites);
        allocationTypes = List.copyOf(allocationTypes);
        waits = List.copyOf(waits);
        waitSites = List.copyOf(waitSites);
        stalls = List.copyOf(stalls);
        pinned = List.copyOf(pinned);
    }

    /** A scope whose response sizes are unknown. */
    public ScopeProfile(String name, boolean overall, long requests, long wallNanos, long cpuSamples,
                        long cpuIntervalNanos, List<MethodStat> methods, List<LineStat> lines, long allocatedBytes,
                        List<AllocationSite> allocationSites, List<TypeAllocation> allocationTypes,
                        List<WaitTotal> waits, List<WaitSite> waitSites, List<Stall> stalls, List<PinnedSite> pinned,
                        GcSummary gc, FlameNode cpuFlame, FlameNode allocationFlame) {
        this(name, overall, requests, wallNanos, cpuSamples, cpuIntervalNanos, methods, lines, allocatedBytes, allocationSites,
                allocationTypes, waits, waitSites, stalls, pinned, gc, cpuFlame, allocationFlame, -1);
    }

    /** Estimated CPU time: samples × interval. */
    public long cpuNanos() {
        return cpuSamples * cpuIntervalNanos;
    }

    /** Lock contention sites ({@code synchronized} and {@code java.util.concurrent} locks), longest first. */
    public List<WaitSite> locks() {
        return waitSites.stream().filter(w -> w.kind().isLock()).toList();
    }

    /** Total off-CPU time recorded in the scope. */
    public long waitNanos() {
        return waits.stream().mapToLong(WaitTotal::totalNanos).sum();
    }

    /** Application methods ordered by own share (self time plus the library code they call), heaviest first. */
    public List<MethodStat> methodsByOwn() {
        return methods.stream().filter(m -> m.ownSamples() > 0)
                .sorted(java.util.Comparator.comparingLong(MethodStat::ownSamples).reversed()).toList();
    }

    /** Methods ordered by self share, heaviest first. */
    public List<MethodStat> methodsBySelf() {
        return methods.stream().sorted(java.util.Comparator.comparingLong(MethodStat::selfSamples).reversed()).toList();
    }
}
