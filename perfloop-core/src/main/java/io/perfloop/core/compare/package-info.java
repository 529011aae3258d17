/**
 * Generic "did it help?" comparison of metrics between an old and a new measurement, with the
 * statistics of {@link io.perfloop.core.stats}: per metric the median with its distribution-free
 * interval, a two-sided Mann-Whitney U test, Holm–Bonferroni across the metrics of one comparison,
 * the delta as {@code (new/old − 1)·100 %}, and a verdict that says which way is better.
 *
 * <p>Entry point: {@link io.perfloop.core.compare.Comparison#of}. Output formats are separate
 * classes: {@link io.perfloop.core.compare.ComparisonTable} (text),
 * {@link io.perfloop.core.compare.ComparisonJson} (JSON).
 */
package io.perfloop.core.compare;
