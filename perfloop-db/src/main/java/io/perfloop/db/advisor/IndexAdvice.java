package io.perfloop.db.advisor;

/**
 * One suggested index with the evidence for it.
 *
 * @param index         the index to create
 * @param verification  how the suggestion was checked
 * @param costBefore    the planner's cost of the query without it
 * @param costAfter     the planner's cost with it (NaN when unverified)
 * @param sizeBytes     (estimated) size of the index
 * @param scanAfter     how the table is read with the index, e.g. {@code Index Only Scan} ("" when unverified)
 * @param reason        why these columns, in this order
 */
public record IndexAdvice(IndexCandidate index, Verification verification, double costBefore, double costAfter,
                          long sizeBytes, String scanAfter, String reason) {

    /** The share of the cost the index removes, 0..1; NaN when unverified. */
    public double reduction() {
        return costBefore > 0 ? 1 - costAfter / costBefore : Double.NaN;
    }

    /** Whether the planner would read the table through this index without visiting the heap. */
    public boolean indexOnly() {
        return scanAfter.contains("Index Only Scan");
    }
}
