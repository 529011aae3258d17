package io.perfloop.core.compare.findings;

import io.perfloop.core.detect.RankedFinding;

import java.util.Objects;

/**
 * A finding of the old run matched with one of the new run.
 *
 * @param old the finding as the old run reported it
 * @param neu the same finding in the new run (its call site's line may have moved)
 */
public record StillPresent(RankedFinding old, RankedFinding neu) {

    /** Checks both are given. */
    public StillPresent {
        Objects.requireNonNull(old, "old");
        Objects.requireNonNull(neu, "neu");
    }

    /** Whether the call site differs (a moved line within the same method). */
    public boolean moved() {
        return !Objects.equals(old.finding().callSite(), neu.finding().callSite());
    }
}
