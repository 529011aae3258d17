package io.perfloop.core.detect;

import io.perfloop.core.event.RequestEvent;
import io.perfloop.core.finding.RuleConfig;
import io.perfloop.core.finding.RuleRegistry;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.perfloop.core.detect.Traffic.endpoint;
import static org.assertj.core.api.Assertions.assertThat;

/** Endpoint rules from the registry, ranked by predicted gain × request share. */
class FindingsEngineTest {
    private final FindingsEngine engine = new FindingsEngine(RuleRegistry.load(), RuleConfig.defaults());

    @Test
    void ranksByGainTimesTraffic() {
        List<RequestEvent> all = new ArrayList<>();
        // rare but slow: sequential calls in 2 % of the traffic
        all.addAll(endpoint("GET /quote").requests(2, r -> r.wall(620).cpu(5).call(10, 210).call(210, 410).call(410, 610)).list());
        // popular: the same tree query on every request
        all.addAll(endpoint("GET /tree").requests(98, r -> r.wall(50).cpu(5)
                .query("select id, parent_id from categories", 0, 400, 2, 40)).list());
        List<RankedFinding> ranked = engine.analyse(all);
        ranked.forEach(r -> System.out.println(io.perfloop.core.report.FindingText.render(r)));
        assertThat(ranked).extracting(r -> r.finding().ruleId() + " " + r.finding().scope())
                .startsWith("cacheable-call GET /tree")
                .contains("sequential-calls GET /quote", "waiting-not-computing GET /quote");
        RankedFinding top = ranked.get(0);
        assertThat(top.requestShare()).isEqualTo(0.98);
        assertThat(top.score()).isEqualTo(top.finding().predictedGain() * 0.98);
        assertThat(ranked.get(ranked.size() - 1).score()).isZero(); // waits predict no gain of their own
    }
}
