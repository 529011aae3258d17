package io.perfloop.core.detect;

import io.perfloop.core.finding.Rule;
import io.perfloop.core.finding.RuleDocs;
import io.perfloop.core.finding.RuleRegistry;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every request rule is registered and has its prose page headed by its annotation. */
class RuleDocsTest {
    @Test
    void everyRuleIsRegisteredAndDocumented() {
        List<Rule<?>> rules = RuleRegistry.load().all();
        assertThat(rules).extracting(r -> r.spec().id())
                .contains("sequential-calls", "cacheable-call", "waiting-not-computing", "large-payload");
        List<String> problems = new ArrayList<>();
        Path docs = Path.of("..", "docs", "rules");
        for (Rule<?> rule : rules) {
            if (Boolean.getBoolean("perfloop.docs.update")) {
                RuleDocs.update(docs, rule.spec());
            }
            String problem = RuleDocs.check(docs, rule.spec());
            if (problem != null) {
                problems.add(problem);
            }
        }
        assertThat(problems).isEmpty();
    }
}
