package io.perfloop.profile.detect;

import io.perfloop.core.finding.Rule;
import io.perfloop.core.finding.RuleDocs;
import io.perfloop.core.finding.RuleRegistry;
import io.perfloop.profile.analysis.ScopeProfile;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every profile rule is registered, reads a scope's profile, and has its prose page headed by its annotation. */
class RuleDocsTest {
    static final Path DOCS = Path.of("..", "docs", "rules");

    @Test
    void everyProfileRuleIsRegisteredAndDocumented() {
        List<Rule<?>> rules = RuleRegistry.load().all().stream().filter(r -> r.evidenceType() == ScopeProfile.class).toList();
        assertThat(rules).extracting(r -> r.spec().id()).containsExactlyInAnyOrder("hot-method", "allocation-hotspot",
                "lock-contention", "gc-pressure", "blocking-on-event-loop", "virtual-thread-pinned");
        assertThat(RuleDocs.checkAll(DOCS, rules.stream().map(Rule::spec).toList())).isEmpty();
    }

    @Test
    void idsAreLowerCaseWordsAndSummariesOneLine() {
        for (Rule<?> rule : RuleRegistry.load().all()) {
            assertThat(rule.spec().id()).matches("[a-z]+(-[a-z]+)*");
            assertThat(rule.spec().summary()).doesNotContain("\n").hasSizeLessThan(120);
        }
    }
}
