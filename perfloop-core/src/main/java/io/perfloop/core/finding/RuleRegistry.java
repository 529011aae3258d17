package io.perfloop.core.finding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/** Finds rules through {@link ServiceLoader}; the one list of rules there is. */
public final class RuleRegistry {
    private final List<Rule<?>> rules;

    private RuleRegistry(List<Rule<?>> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Every rule on the class path of the given loader. */
    public static RuleRegistry load(ClassLoader loader) {
        List<Rule<?>> found = new ArrayList<>();
        for (Rule<?> rule : ServiceLoader.load(Rule.class, loader)) {
            found.add(rule);
        }
        found.sort(Comparator.comparing(r -> r.spec().id()));
        return new RuleRegistry(found);
    }

    /** Every rule visible to this class's loader. */
    public static RuleRegistry load() {
        return load(RuleRegistry.class.getClassLoader());
    }

    /** All rules, by id. */
    public List<Rule<?>> all() {
        return rules;
    }

    /** Runs every enabled rule that reads evidence of this type. */
    @SuppressWarnings("unchecked")
    public <E> List<Finding> check(E evidence, RuleConfig config) {
        List<Finding> findings = new ArrayList<>();
        for (Rule<?> rule : rules) {
            if (rule.evidenceType().isInstance(evidence) && config.enabled(rule.spec().id())) {
                findings.addAll(((Rule<E>) rule).check(evidence, config));
            }
        }
        return findings;
    }
}
