package io.perfloop.core.finding;

import java.util.List;

/**
 * A detector: reads one kind of evidence and reports findings. Implementations carry a
 * {@link RuleSpec}, have a public no-argument constructor, hold no state, and are listed in
 * {@code META-INF/services/io.perfloop.core.finding.Rule} so {@link RuleRegistry} finds them.
 *
 * @param <E> the evidence type, e.g. a unit of work's statements
 */
public interface Rule<E> {

    /** The evidence type this rule reads. */
    Class<E> evidenceType();

    /** Findings in {@code evidence}; empty when there are none. Must not throw on odd input. */
    List<Finding> check(E evidence, RuleConfig config);

    /** This rule's metadata. */
    default RuleSpec spec() {
        RuleSpec spec = getClass().getAnnotation(RuleSpec.class);
        if (spec == null) {
            throw new IllegalStateException(getClass().getName() + " has no @RuleSpec");
        }
        return spec;
    }
}
