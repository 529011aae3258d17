package io.perfloop.core.finding;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Thresholds and switches for rules, keyed {@code <rule-id>.<name>} (e.g.
 * {@code n-plus-one.min-repeats=5}). Unset keys fall back to each rule's documented default.
 */
public final class RuleConfig {
    private static final RuleConfig DEFAULTS = new RuleConfig(Map.of(), Set.of());

    private final Map<String, String> values;
    private final Set<String> disabled;

    private RuleConfig(Map<String, String> values, Set<String> disabled) {
        this.values = Map.copyOf(values);
        this.disabled = Set.copyOf(disabled);
    }

    /** Every rule on, every threshold at its default. */
    public static RuleConfig defaults() {
        return DEFAULTS;
    }

    /** A config with one value set; {@code key} is {@code <rule-id>.<name>}. */
    public RuleConfig with(String key, Object value) {
        Map<String, String> copy = new HashMap<>(values);
        copy.put(key, String.valueOf(value));
        return new RuleConfig(copy, disabled);
    }

    /** A config with the given rule turned off. */
    public RuleConfig disable(String ruleId) {
        Set<String> copy = new java.util.HashSet<>(disabled);
        copy.add(ruleId);
        return new RuleConfig(values, copy);
    }

    /** Whether the rule is on. */
    public boolean enabled(String ruleId) {
        return !disabled.contains(ruleId);
    }

    /** An integer threshold, or {@code fallback} when unset. */
    public int intValue(String ruleId, String name, int fallback) {
        String v = values.get(ruleId + "." + name);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("rule setting " + ruleId + "." + name + " must be an integer, was '" + v + "'", e);
        }
    }
}
