package io.perfloop.jdbc.detect;

import io.perfloop.core.finding.Rule;
import io.perfloop.core.finding.RuleDocs;
import io.perfloop.core.finding.RuleRegistry;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every statement rule is registered, and has its prose page headed by its annotation. */
class RuleDocsTest {
    static final Path DOCS = Path.of("..", "docs", "rules");

    @Test
    void everyRuleIsRegisteredAndDocumented() {
        List<Rule<?>> rules = RuleRegistry.load().all();
        assertThat(rules).extracting(r -> r.spec().id()).contains("n-plus-one", "repeated-query");
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
