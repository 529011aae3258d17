package io.perfloop.core.compare;

/** What a comparison concluded for one metric. */
public enum Verdict {
    /** Significant change in the better direction. */
    IMPROVED("improved"),
    /** Significant change in the worse direction. */
    REGRESSED("REGRESSED"),
    /** No significant change (benchstat's {@code ~}); not proof of no change. */
    NO_CHANGE("~"),
    /** So few samples that no outcome could have been significant at α. */
    INSUFFICIENT_DATA("too few samples");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    /** How the verdict is printed. */
    public String label() {
        return label;
    }
}
