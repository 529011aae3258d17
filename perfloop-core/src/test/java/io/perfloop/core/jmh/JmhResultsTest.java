package io.perfloop.core.jmh;

import io.perfloop.core.compare.Comparison;
import io.perfloop.core.compare.ComparisonOptions;
import io.perfloop.core.compare.ComparisonResult;
import io.perfloop.core.compare.ComparisonTable;
import io.perfloop.core.compare.Direction;
import io.perfloop.core.compare.MetricVerdict;
import io.perfloop.core.compare.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** On real JMH 1.37 output (src/test/resources/jmh/README.md says how it was made). */
class JmhResultsTest {
    private static Path resource(String name) {
        try {
            return Path.of(JmhResultsTest.class.getResource("/jmh/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JmhBenchmark find(JmhResults results, String method, String mode, String tokens) {
        return results.benchmarks().stream().filter(b -> b.benchmark().equals("tiny.TinyBench." + method)
                && b.mode().equals(mode) && b.params().equals(Map.of("tokens", tokens))).findFirst().orElseThrow();
    }

    @Test
    void readsEveryModeWithOneSamplePerForkIteration() {
        JmhResults old = JmhResults.read(resource("old.json"));

        assertThat(old.benchmarks()).hasSize(8);
        JmhBenchmark avgt = find(old, "spin", "avgt", "1000");
        assertThat(avgt.unit()).isEqualTo("ns/op");
        assertThat(avgt.forks()).isEqualTo(2);
        assertThat(avgt.samples()).hasSize(10);
        assertThat(avgt.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(avgt.label()).isEqualTo("tiny.TinyBench.spin tokens=1000");
        JmhBenchmark thrpt = find(old, "spinThroughput", "thrpt", "100");
        assertThat(thrpt.unit()).isEqualTo("ops/ms");
        assertThat(thrpt.direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
        assertThat(find(old, "steady", "ss", "100").samples()).hasSize(10);
        assertThat(find(old, "steady", "sample", "1000").samples()).hasSize(10);
    }

    @Test
    void rawDataIsTakenAsIs_andSampleModeAsTheMeanOfEachIterationsHistogram() {
        String json = """
                [ { "jmhVersion": "1.37", "benchmark": "a.B.m", "mode": "avgt", "threads": 1, "forks": 2,
                    "primaryMetric": { "score": 2.5, "scoreUnit": "us/op", "rawData": [[1.0, 2.0], [3.0, 4.0]] } },
                  { "jmhVersion": "1.37", "benchmark": "a.B.m", "mode": "sample", "threads": 1, "forks": 1,
                    "primaryMetric": { "score": 2.5, "scoreUnit": "us/op",
                      "rawDataHistogram": [[ [[1.0, 3], [5.0, 1]], [[2.0, 2]] ]] } } ]
                """;
        JmhResults results = JmhResults.parse(json, "inline");
        assertThat(results.benchmarks().get(0).samples()).containsExactly(1, 2, 3, 4);
        assertThat(results.benchmarks().get(1).samples()).containsExactly(2, 2);   // (1·3 + 5·1)/4, 2
    }

    @Test
    void twoRealRuns_giveDirectionAwareVerdicts() {
        JmhPairing pairing = JmhPairing.of(JmhResults.read(resource("old.json")), JmhResults.read(resource("new.json")));
        assertThat(pairing.metrics()).hasSize(8);
        assertThat(pairing.onlyInOld()).isEmpty();
        assertThat(pairing.onlyInNew()).isEmpty();

        ComparisonResult result = Comparison.of(pairing.metrics(), ComparisonOptions.defaults());
        System.out.print(ComparisonTable.render(result));
        MetricVerdict spin = verdict(result, "tiny.TinyBench.spin tokens=1000", "avgt");
        assertThat(spin.verdict()).isEqualTo(Verdict.REGRESSED);
        assertThat(spin.deltaPercent()).isPositive();
        MetricVerdict throughput = verdict(result, "tiny.TinyBench.spinThroughput tokens=100", "thrpt");
        assertThat(throughput.verdict()).isEqualTo(Verdict.REGRESSED);   // fewer ops/ms is worse
        assertThat(throughput.deltaPercent()).isNegative();
        assertThat(result.withVerdict(Verdict.IMPROVED)).isEmpty();
        assertThat(verdict(result, "tiny.TinyBench.steady tokens=1000", "ss").verdict()).isEqualTo(Verdict.NO_CHANGE);
    }

    private static MetricVerdict verdict(ComparisonResult result, String group, String mode) {
        return result.inGroup(group).stream().filter(v -> v.metric().name().equals(mode)).findFirst().orElseThrow();
    }

    @Test
    void unitsOfTheSameKindAreConverted_othersRefused() {
        String old = "[{\"benchmark\":\"a.B.m\",\"mode\":\"avgt\",\"primaryMetric\":{\"scoreUnit\":\"us/op\",\"rawData\":[[1,2,3,4,5]]}}]";
        String now = old.replace("us/op", "ns/op").replace("[[1,2,3,4,5]]", "[[1000,2000,3000,4000,6000]]");
        JmhPairing pairing = JmhPairing.of(JmhResults.parse(old, "old"), JmhResults.parse(now, "new"));
        assertThat(pairing.metrics().get(0).newSamples()).containsExactly(new double[] {1, 2, 3, 4, 6}, within(1e-9));
        assertThat(pairing.metrics().get(0).metric().unit()).isEqualTo("us/op");
        assertThat(JmhPairing.convert(new double[] {2}, "ops/ms", "ops/s", "x")).containsExactly(2000.0);

        String mismatch = old.replace("us/op", "ops/us");
        assertThatThrownBy(() -> JmhPairing.of(JmhResults.parse(old, "old"), JmhResults.parse(mismatch, "new")))
                .hasMessage("a.B.m (avgt): cannot compare scores in us/op (old) with scores in ops/us (new)");
    }

    @Test
    void benchmarksOnOneSideOnly_areListed_andNothingInCommonIsAnError() {
        String a = "[{\"benchmark\":\"a.B.m\",\"mode\":\"avgt\",\"params\":{\"n\":\"1\"},\"primaryMetric\":{\"scoreUnit\":\"ns/op\",\"rawData\":[[1,2]]}},"
                + "{\"benchmark\":\"a.B.x\",\"mode\":\"avgt\",\"primaryMetric\":{\"scoreUnit\":\"ns/op\",\"rawData\":[[1,2]]}}]";
        String b = a.replace("a.B.x", "a.B.y");
        JmhPairing pairing = JmhPairing.of(JmhResults.parse(a, "a"), JmhResults.parse(b, "b"));
        assertThat(pairing.metrics()).singleElement().satisfies(m -> assertThat(m.group()).isEqualTo("a.B.m n=1"));
        assertThat(pairing.onlyInOld()).containsExactly("a.B.x (avgt)");
        assertThat(pairing.onlyInNew()).containsExactly("a.B.y (avgt)");
        String other = a.replace("\"n\":\"1\"", "\"n\":\"2\"").replace("a.B.x", "a.B.z");
        assertThatThrownBy(() -> JmhPairing.of(JmhResults.parse(a, "a"), JmhResults.parse(other, "c")))
                .hasMessage("nothing to compare: no benchmark (name, mode and parameters) is in both a and c");
    }

    @Test
    void badInput_saysWhatIsWrongAndWhatWasExpected(@TempDir Path dir) throws IOException {
        String suffix = " (expected the JSON that JMH writes with -rf json)";
        assertThatThrownBy(() -> JmhResults.parse("{\"benchmarks\": []}", "f.json"))
                .hasMessage("cannot read JMH results f.json: expected a JSON array of benchmark results, found OBJECT" + suffix);
        assertThatThrownBy(() -> JmhResults.parse("[ {\"benchmark\": ", "f.json"))
                .hasMessageStartingWith("cannot read JMH results f.json: not JSON (");
        assertThatThrownBy(() -> JmhResults.parse("[]", "f.json"))
                .hasMessage("cannot read JMH results f.json: the array of benchmark results is empty" + suffix);
        assertThatThrownBy(() -> JmhResults.parse("[{\"benchmark\":\"a.B.m\",\"mode\":\"avgt\",\"primaryMetric\":{\"scoreUnit\":\"ns/op\",\"score\":1}}]", "f.json"))
                .hasMessage("cannot read JMH results f.json: result 1 (a.B.m): the primary metric has neither \"rawData\" nor \"rawDataHistogram\"" + suffix);
        assertThatThrownBy(() -> JmhResults.parse("[{\"benchmark\":\"a.B.m\",\"mode\":\"fast\",\"primaryMetric\":{}}]", "f.json"))
                .hasMessageContaining("unknown mode 'fast', expected one of thrpt, avgt, sample, ss");
        assertThatThrownBy(() -> JmhResults.parse("[{\"benchmark\":\"a.B.m\",\"mode\":\"avgt\",\"primaryMetric\":{\"scoreUnit\":\"ns/op\",\"rawData\":[[1,\"NaN\"]]}}]", "f.json"))
                .hasMessageContaining("raw value \"NaN\" is not a finite number");

        Path jmh = Files.writeString(dir.resolve("jmh.json"), Files.readString(resource("old.json")));
        Path saved = Files.writeString(dir.resolve("0001_run.json"), "{\"format\": 1, \"benchmarks\": []}");
        assertThat(JmhResults.isJmhJson(jmh)).isTrue();
        assertThat(JmhResults.isJmhJson(saved)).isFalse();
        assertThat(JmhResults.isJmhJson(dir.resolve("missing.json"))).isFalse();
    }
}
