package io.perfloop.db.rules;

import io.perfloop.core.finding.Rule;
import io.perfloop.core.finding.RuleDocs;
import io.perfloop.core.finding.RuleRegistry;
import io.perfloop.core.finding.RuleSpec;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every plan and catalogue rule is registered and has its prose page headed by its annotation. */
class RuleDocsTest {
    static final Path DOCS = Path.of("..", "docs", "rules");
    static final List<String> OURS = List.of("missing-index", "row-misestimate", "index-scan-filter", "heap-fetches", "sort-spill",
            "hash-spill", "lossy-bitmap", "hot-node", "generic-plan-differs", "partial-index-unused", "full-table-scan",
            "possible-keys-unused", "filesort", "temporary-table", "unused-index", "duplicate-index", "invalid-index", "slow-statement");

    @Test
    void everyRuleIsRegisteredAndDocumented() {
        List<Rule<?>> rules = RuleRegistry.load().all();
        assertThat(rules).extracting(r -> r.spec().id()).containsAll(OURS);
        List<RuleSpec> ours = rules.stream().filter(r -> r.getClass().getPackageName().startsWith("io.perfloop.db"))
                .map(Rule::spec).toList();
        assertThat(ours).hasSize(OURS.size());
        assertThat(RuleDocs.checkAll(DOCS, ours)).isEmpty();
    }

    @Test
    void idsAreLowerCaseWordsAndSummariesOneLine() {
        for (Rule<?> rule : RuleRegistry.load().all()) {
            assertThat(rule.spec().id()).matches("[a-z]+(-[a-z]+)*");
            assertThat(rule.spec().summary()).doesNotContain("\n").hasSizeLessThan(120);
        }
    }
}
