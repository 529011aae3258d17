package io.perfloop.db.advisor;

import java.time.Duration;

/**
 * Settings of the {@link IndexAdvisor}.
 *
 * @param timeout          statement timeout inside the advisor's transaction
 * @param allowTrialIndex  without hypopg, verify by building the index inside a rolled-back
 *                         transaction (blocks writes to the table while it builds)
 * @param minReduction     suggest only indexes that cut the estimated cost by at least this share (default 0.5, Dexter's rule)
 *                         and by at least 10 cost units (a few page reads; less is noise)
 * @param maxInclude       most {@code INCLUDE} columns a covering candidate may carry (default 3)
 * @param skewTopShare     a column is skewed when its most common value covers this share of rows (default 0.3)
 * @param rareValueShare   a constant is rare enough for a partial index below this share of rows (default 0.1)
 */
public record AdvisorOptions(Duration timeout, boolean allowTrialIndex, double minReduction, int maxInclude,
                             double skewTopShare, double rareValueShare) {
    /** The defaults. */
    public static final AdvisorOptions DEFAULTS = new AdvisorOptions(Duration.ofSeconds(30), false, 0.5, 3, 0.3, 0.1);

    public AdvisorOptions {
        if (minReduction < 0 || minReduction >= 1) {
            throw new IllegalArgumentException("minReduction must be in [0, 1), was " + minReduction);
        }
    }

    /** With trial indexes allowed or not. */
    public AdvisorOptions withAllowTrialIndex(boolean allow) {
        return new AdvisorOptions(timeout, allow, minReduction, maxInclude, skewTopShare, rareValueShare);
    }

    /** With another statement timeout. */
    public AdvisorOptions withTimeout(Duration timeout) {
        return new AdvisorOptions(timeout, allowTrialIndex, minReduction, maxInclude, skewTopShare, rareValueShare);
    }
}
