package io.perfloop.core.finding;

import java.util.Map;
import java.util.Objects;

/**
 * One rule's output: what is wrong, where, the evidence, the fix, and what fixing it should gain.
 *
 * @param ruleId        id of the rule that produced it
 * @param title         one line for humans
 * @param severity      how much it matters
 * @param scope         the unit of work or endpoint it was found in, e.g. {@code GET /orders}
 * @param callSite      the application frame to change, {@code Class.method(File.java:42)}
 * @param evidence      named facts, in display order (counts, durations, fingerprints)
 * @param sampleSql     one example statement, or {@code null}
 * @param fix           a concrete recipe for the detected stack
 * @param predictedGain share of the scope's wall time a fix should remove, 0..1; NaN when unknown
 */
public record Finding(String ruleId, String title, Severity severity, String scope, String callSite,
                      Map<String, Object> evidence, String sampleSql, String fix, double predictedGain) {
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(severity, "severity");
        evidence = evidence == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(evidence));
    }
}
