package io.perfloop.core.compare.findings;

import io.perfloop.core.detect.RankedFinding;
import io.perfloop.core.finding.Finding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The findings of an old and a new run side by side: resolved (only in the old run), new (only in
 * the new run) and still present (in both).
 *
 * <p>A finding is the same in both runs when its rule, its scope (endpoint) and its call site
 * match. Matching goes from strict to loose, each finding matched at most once: the same call site
 * and statement fingerprint, the same call site, then the same method with the line left out (the
 * fix or an unrelated edit moved the code within the method) with and without the fingerprint. A
 * finding without a call site (an endpoint-wide one, e.g. a large payload) matches on rule and
 * scope alone.
 *
 * @param resolved     old-run findings with no match, in the old run's rank order
 * @param appeared     new-run findings with no match, in the new run's rank order
 * @param stillPresent matched pairs, in the old run's rank order
 */
public record FindingsDiff(List<RankedFinding> resolved, List<RankedFinding> appeared, List<StillPresent> stillPresent) {

    /** A call site's line: {@code :42} before the closing parenthesis of {@code Class.method(File.java:42)}. */
    private static final Pattern LINE = Pattern.compile(":\\d+\\)$");

    /** The keys tried in turn, strictest first. */
    private static final List<Function<Finding, List<Object>>> KEYS = List.of(
            f -> Arrays.asList(f.ruleId(), f.scope(), f.callSite(), fingerprint(f)),
            f -> Arrays.asList(f.ruleId(), f.scope(), f.callSite()),
            f -> Arrays.asList(f.ruleId(), f.scope(), method(f.callSite()), fingerprint(f)),
            f -> Arrays.asList(f.ruleId(), f.scope(), method(f.callSite())));

    /** Copies the lists. */
    public FindingsDiff {
        resolved = List.copyOf(resolved);
        appeared = List.copyOf(appeared);
        stillPresent = List.copyOf(stillPresent);
    }

    /**
     * Matches the findings of two runs.
     *
     * @param old the old run's ranked findings
     * @param neu the new run's ranked findings
     */
    public static FindingsDiff of(List<RankedFinding> old, List<RankedFinding> neu) {
        RankedFinding[] match = new RankedFinding[old.size()];
        boolean[] taken = new boolean[neu.size()];
        for (Function<Finding, List<Object>> key : KEYS) {
            for (int i = 0; i < old.size(); i++) {
                if (match[i] != null) {
                    continue;
                }
                List<Object> wanted = key.apply(old.get(i).finding());
                for (int j = 0; j < neu.size(); j++) {
                    if (!taken[j] && wanted.equals(key.apply(neu.get(j).finding()))) {
                        match[i] = neu.get(j);
                        taken[j] = true;
                        break;
                    }
                }
            }
        }
        List<RankedFinding> resolved = new ArrayList<>();
        List<StillPresent> still = new ArrayList<>();
        for (int i = 0; i < old.size(); i++) {
            if (match[i] == null) {
                resolved.add(old.get(i));
            } else {
                still.add(new StillPresent(old.get(i), match[i]));
            }
        }
        List<RankedFinding> appeared = new ArrayList<>();
        for (int j = 0; j < neu.size(); j++) {
            if (!taken[j]) {
                appeared.add(neu.get(j));
            }
        }
        return new FindingsDiff(resolved, appeared, still);
    }

    /** The call site without its line number: {@code Class.method(File.java)}; null stays null. */
    static String method(String callSite) {
        return callSite == null ? null : LINE.matcher(callSite).replaceFirst(")");
    }

    private static String fingerprint(Finding f) {
        return Objects.toString(f.evidence().get("fingerprint"), null);
    }
}
