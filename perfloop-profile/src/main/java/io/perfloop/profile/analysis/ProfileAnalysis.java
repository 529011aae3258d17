package io.perfloop.profile.analysis;

import io.perfloop.core.finding.Finding;
import io.perfloop.core.finding.RuleConfig;
import io.perfloop.core.finding.RuleRegistry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The result of analysing recordings: the whole recording, each endpoint, GC, the sampling check
 * and warnings.
 *
 * @param recording what was read
 * @param overall   the whole recording
 * @param endpoints one profile per endpoint seen in the request intervals, busiest first
 * @param gc        garbage collection over the recording
 * @param sampling  whether the CPU sampler kept up
 * @param warnings  what a reader must know before trusting the numbers (under-sampling, unreadable files…)
 */
public record ProfileAnalysis(RecordingSummary recording, ScopeProfile overall, List<ScopeProfile> endpoints,
                              GcSummary gc, SamplingCheck sampling, List<String> warnings) {
    public ProfileAnalysis {
        endpoints = List.copyOf(endpoints);
        warnings = List.copyOf(warnings);
    }

    /** The profile of one endpoint. */
    public Optional<ScopeProfile> endpoint(String name) {
        return endpoints.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /** The whole recording and every endpoint. */
    public List<ScopeProfile> scopes() {
        List<ScopeProfile> all = new ArrayList<>();
        all.add(overall);
        all.addAll(endpoints);
        return all;
    }

    /**
     * What the profile rules on the class path find, in every scope; ordered by predicted gain
     * (unknown last), then severity.
     */
    public List<Finding> findings(RuleConfig config) {
        RuleRegistry rules = RuleRegistry.load(ProfileAnalysis.class.getClassLoader());
        List<Finding> findings = new ArrayList<>();
        for (ScopeProfile scope : scopes()) {
            findings.addAll(rules.check(scope, config));
        }
        findings.sort(Comparator.comparingDouble((Finding f) -> Double.isNaN(f.predictedGain()) ? -1 : f.predictedGain()).reversed()
                .thenComparing(f -> f.severity().ordinal(), Comparator.reverseOrder()));
        return findings;
    }
}
