/**
 * Reads JMH's JSON results ({@code -rf json}) so that {@code perfloop compare} can give JMH runs
 * the same verdicts as everything else: {@link io.perfloop.core.jmh.JmhResults#read} parses a
 * file, {@link io.perfloop.core.jmh.JmhPairing#of} matches two files' benchmarks and turns them
 * into {@link io.perfloop.core.compare.MetricSamples} for {@link io.perfloop.core.compare.Comparison}.
 */
package io.perfloop.core.jmh;
