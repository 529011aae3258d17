package io.perfloop.profile.analysis;

/**
 * One method's share of the CPU samples of a scope (a pstats row).
 *
 * @param method        {@code com.acme.Orders.total} (native symbols as they are)
 * @param kind          Java or native
 * @param application   whether it is application code (not the JDK, a known library or native)
 * @param selfSamples   samples with this method on top
 * @param ownSamples    for application methods: samples where it is the first application frame from
 *                      the top, i.e. its self time plus the JDK, library and native code it calls
 *                      directly; 0 for other methods
 * @param totalSamples  samples with this method anywhere on the stack (counted once per sample)
 * @param selfShare     selfSamples / all samples of the scope
 * @param ownShare      ownSamples / all samples of the scope
 * @param totalShare    totalSamples / all samples of the scope
 * @param hotLine       the line holding most of its own samples (application methods) or of its total
 *                      samples (others); ≤ 0 when unknown
 * @param hotLineShare  that line's share of those samples
 * @param location      the hot line as a call site, {@code com.acme.Orders.total(Orders.java:42)}
 * @param caller        for a library or native method, the application frame that most often led to it; else null
 */
public record MethodStat(String method, FrameKind kind, boolean application, long selfSamples, long ownSamples,
                         long totalSamples, double selfShare, double ownShare, double totalShare, int hotLine,
                         double hotLineShare, String location, String caller) {
}
