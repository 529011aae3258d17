package io.perfloop.profile.analysis;

/**
 * Where memory is allocated, from JFR's allocation samples (whose weights estimate the bytes
 * allocated between samples).
 *
 * @param site          the first application frame, {@code com.acme.Report.render(Report.java:31)}
 * @param allocatingFrame the top frame (where the JDK or a library did the allocating for it)
 * @param type          the type allocated most at this site, e.g. {@code byte[]}
 * @param bytes         estimated bytes allocated at this site
 * @param samples       allocation samples behind the estimate
 * @param share         bytes / all bytes allocated in the scope
 */
public record AllocationSite(String site, String allocatingFrame, String type, long bytes, long samples, double share) {
}
