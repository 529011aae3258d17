package io.perfloop.core.finding;

/** How much a finding matters, independent of its predicted gain. */
public enum Severity {
    /** Worth knowing; rarely worth a change on its own. */
    INFO,
    /** Likely costs latency or capacity under load. */
    WARNING,
    /** Costs latency or capacity now. */
    ERROR
}
