package io.perfloop.db.explain;

import io.perfloop.core.finding.RuleConfig;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link Explainer} works.
 *
 * @param timeout         statement timeout for everything perfloop runs (default 10 s)
 * @param analyze         run read-only queries with EXPLAIN ANALYZE (default true); other
 *                        statements always get a plain EXPLAIN
 * @param advise          run the index advisor (default true)
 * @param allowTrialIndex without hypopg, let the advisor verify a suggestion by building the
 *                        index for real inside a rolled-back transaction (default false: it
 *                        locks the table against writes while it builds)
 * @param rules           rule settings
 */
public record ExplainOptions(Duration timeout, boolean analyze, boolean advise, boolean allowTrialIndex, RuleConfig rules) {
    /** Defaults: 10 s timeout, ANALYZE for read-only queries, advice verified with hypopg only. */
    public static final ExplainOptions DEFAULTS = new ExplainOptions(Duration.ofSeconds(10), true, true, false, RuleConfig.defaults());

    public ExplainOptions {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(rules, "rules");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
    }

    /** With another statement timeout. */
    public ExplainOptions withTimeout(Duration timeout) {
        return new ExplainOptions(timeout, analyze, advise, allowTrialIndex, rules);
    }

    /** With ANALYZE on or off. */
    public ExplainOptions withAnalyze(boolean analyze) {
        return new ExplainOptions(timeout, analyze, advise, allowTrialIndex, rules);
    }

    /** With the index advisor on or off. */
    public ExplainOptions withAdvise(boolean advise) {
        return new ExplainOptions(timeout, analyze, advise, allowTrialIndex, rules);
    }

    /** With trial indexes (built and rolled back) allowed or not; the CLI's {@code --allow-trial-index}. */
    public ExplainOptions withAllowTrialIndex(boolean allowTrialIndex) {
        return new ExplainOptions(timeout, analyze, advise, allowTrialIndex, rules);
    }

    /** With other rule settings. */
    public ExplainOptions withRules(RuleConfig rules) {
        return new ExplainOptions(timeout, analyze, advise, allowTrialIndex, rules);
    }
}
