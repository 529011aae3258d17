package io.perfloop.profile.analysis;

/**
 * One source line's share of a scope's CPU samples (a line_profiler row).
 *
 * @param location     {@code com.acme.Orders.total(Orders.java:42)}
 * @param selfSamples  samples executing this line itself
 * @param totalSamples samples executing this line or something it called
 * @param selfShare    selfSamples / all samples of the scope
 */
public record LineStat(String location, long selfSamples, long totalSamples, double selfShare) {
}
