package io.perfloop.core.detect;

import io.perfloop.core.finding.Rule;
import io.perfloop.core.finding.RuleDocs;
import io.perfloop.core.finding.RuleRegistry;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every request rule is registered and has its prose page headed by its annotation. */
class RuleDocsTest {
    @Test
    void everyRuleIsRegisteredAndDocumented() {
        List<Rule<?>> rules = RuleRegistry.load().all();
        assertThat(rules).extracting(r -> r.spec().id())
                .contains("sequential-calls", "cacheable-call", "waiting-not-computing", "large-payload");
        assertThat(RuleDocs.checkAll(Path.of("..", "docs", "rules"), rules.stream().map(Rule::spec).toList())).isEmpty();
    }
}
