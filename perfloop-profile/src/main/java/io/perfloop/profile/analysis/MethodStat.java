package io.perfloop.profile.analysis;

/**
 * One method's share of the CPU samples of a scope (a pstats row).
 *
 * @param method        {@code com.acme.Orders.total} (native symbols as they are)
 * @param kind          Java or native
 * @param selfSamples   samples with this method on top
 * @param totalSamples  samples with this method anywhere on the stack (counted once per sample)
 * @param selfShare     selfSamples / all samples of the scope
 * @param totalShare    totalSamples / all samples of the scope
 * @param hotLine       the line of this method with the most samples (its own or in callees), ≤ 0 when unknown
 * @param hotLineShare  that line's samples / totalSamples
 * @param location      the hot line as a call site, {@code com.acme.Orders.total(Orders.java:42)}
 * @param caller        for a library or native method, the application frame that most often led to it; else null
 */
public record MethodStat(String method, FrameKind kind, long selfSamples, long totalSamples, double selfShare,
                         double totalShare, int hotLine, double hotLineShare, String location, String caller) {
}
