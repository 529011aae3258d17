package io.perfloop.core.compare;

/** Which metrics share one Holm–Bonferroni correction. */
public enum HolmFamily {
    /**
     * All metrics of the comparison form one family (the default): the chance that a compare
     * reports any false improvement or regression, anywhere, stays ≤ α. This is the guarantee an
     * exit code needs.
     */
    COMPARISON,
    /**
     * Each group (endpoint) is its own family: more power per endpoint, but with g endpoints the
     * chance of some false alarm in the whole report can reach about g·α.
     */
    GROUP
}
