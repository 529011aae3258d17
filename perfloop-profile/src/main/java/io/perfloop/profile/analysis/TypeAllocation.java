package io.perfloop.profile.analysis;

/**
 * Estimated bytes allocated per type.
 *
 * @param type    e.g. {@code byte[]}, {@code java.lang.String}
 * @param bytes   estimated bytes
 * @param samples allocation samples behind the estimate
 * @param share   bytes / all bytes allocated in the scope
 */
public record TypeAllocation(String type, long bytes, long samples, double share) {
}
