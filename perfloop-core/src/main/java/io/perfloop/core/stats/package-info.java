/**
 * Distribution-free statistics for perfloop's "did it help?" verdicts: the Mann-Whitney U test
 * ({@link io.perfloop.core.stats.MannWhitney}), Holm–Bonferroni adjustment
 * ({@link io.perfloop.core.stats.HolmBonferroni}), an order-statistic confidence interval for the
 * median ({@link io.perfloop.core.stats.MedianInterval}), a seeded percentile bootstrap for
 * quantile ratios and differences ({@link io.perfloop.core.stats.Bootstrap}) and descriptive
 * {@link io.perfloop.core.stats.Summary summaries}.
 *
 * <p>Every entry point rejects empty arrays and non-finite values with an
 * {@link java.lang.IllegalArgumentException} that names the problem and its index; inputs are
 * never modified.
 */
package io.perfloop.core.stats;
