package io.perfloop.db.advisor;

import java.util.List;

/**
 * What {@code pg_stats} says about one column.
 *
 * @param column       column name
 * @param nullFraction share of NULLs
 * @param distinct     estimated number of distinct values (positive; PostgreSQL's negative ratios resolved)
 * @param commonValues most common values, as text
 * @param commonFreqs  their frequencies
 * @param avgWidth     average width in bytes
 */
public record ColumnStats(String column, double nullFraction, double distinct, List<String> commonValues, List<Double> commonFreqs,
                          int avgWidth) {
    public ColumnStats {
        commonValues = List.copyOf(commonValues);
        commonFreqs = List.copyOf(commonFreqs);
    }

    /** Selectivity of {@code column = value} (a constant), or of {@code column = ?} when {@code value} is {@code null}. */
    public double equalitySelectivity(String value) {
        if (value != null) {
            int i = commonValues.indexOf(value);
            if (i >= 0) {
                return commonFreqs.get(i);
            }
            double rest = 1 - nullFraction - commonFreqs.stream().mapToDouble(Double::doubleValue).sum();
            return Math.max(0, rest) / Math.max(1, distinct - commonValues.size());
        }
        return (1 - nullFraction) / Math.max(1, distinct);
    }

    /**
     * Whether the column's values are skewed: its most common value covers at least
     * {@code minTopShare} of the rows. A rare value of such a column is what a partial index is for.
     */
    public boolean skewed(double minTopShare) {
        return !commonFreqs.isEmpty() && commonFreqs.stream().mapToDouble(Double::doubleValue).max().orElse(0) >= minTopShare;
    }
}
