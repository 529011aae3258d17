package io.perfloop.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.perfloop.core.compare.ComparisonJson;
import io.perfloop.core.compare.MetricVerdict;
import io.perfloop.core.compare.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code perfloop compare} of two recorded runs (run.json and the agent's events, written with
 * core's RunWriter and EventsWriter): the per-request rows, the findings resolved, new and still
 * present, and predicted vs measured, found by the real rules over the captured statements.
 */
class CompareRecordedTest {
    @TempDir
    Path dir;

    record Result(int exit, String out) {
    }

    static Result perfloop(String... args) {
        StringWriter out = new StringWriter();
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(out, true));
        return new Result(cl.execute(args), out.toString());
    }

    /** The shop before the N+1 fix: GET /orders runs 101 SELECTs of 0.6 ms in 100 ms. */
    static RecordedRunDirs before(long seed) {
        return new RecordedRunDirs(seed).endpoint("GET /orders", 20, 3, 100, 101, 0.6).endpoint("GET /products", 20, 4, 30, 1, 2);
    }

    /** After: 2 statements, 40 ms; GET /products untouched. */
    static RecordedRunDirs after(long seed) {
        return new RecordedRunDirs(seed).endpoint("GET /orders", 20, 3, 40, 2, 0.6).endpoint("GET /products", 20, 4, 30, 1, 2);
    }

    /** A row of the table: the line of {@code metric} under the group {@code endpoint}. */
    static String row(String table, String endpoint, String metric) {
        String[] lines = table.split("\n");
        int start = Arrays.asList(lines).indexOf(endpoint);
        for (int i = start + 1; start >= 0 && i < lines.length && lines[i].startsWith("  "); i++) {
            if (lines[i].startsWith("  " + metric + " ")) {
                return lines[i];
            }
        }
        throw new AssertionError(metric + " not under " + endpoint + ":\n" + table);
    }

    @Test
    void nPlusOneFixed_fewerStatementsImproved_findingResolved_predictedVsMeasured() throws Exception {
        Path a = before(1).write(dir, "a");
        Path b = after(2).write(dir, "b");
        Path json = dir.resolve("ab.json");
        Result r = perfloop("compare", a.toString(), b.toString(), "--json", json.toString());

        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(row(r.out(), "GET /orders", "statements/request")).contains("101 [101, 101]", "2.00 [2.00, 2.00]", "-98.0%", "improved");
        assertThat(row(r.out(), "GET /orders", "cpu/request")).contains("improved");
        assertThat(row(r.out(), "GET /orders", "wall/request")).contains("improved");
        assertThat(row(r.out(), "GET /products", "statements/request")).contains("1.00 [1.00, 1.00]", "1.000   1.000", "~");
        assertThat(row(r.out(), "GET /products", "cpu/request")).contains("~");
        assertThat(r.out()).contains("Findings: 1 resolved, 0 new, ")
                .containsPattern("  resolved  n-plus-one +GET /orders +com\\.shop\\.Orders\\.summary\\(Orders\\.java:73\\) +predicted up to 6\\d%")
                .containsPattern("n-plus-one GET /orders: predicted up to 6\\d%, measured 6\\d% less time per request \\(mean of 60 -> 60 "
                        + "captured requests; median -6\\d%; load test p50 -[56]\\d%\\); wall/request improved \\(p holm <0.001\\)");
        assertThat(r.out().indexOf("Verdict:")).isLessThan(r.out().indexOf("Findings:"));

        JsonNode tree = new ObjectMapper().readTree(json.toFile());
        assertThat(tree.path("findings").path("resolved").get(0).path("ruleId").asText()).isEqualTo("n-plus-one");
        assertThat(tree.path("predictedVsMeasured").get(0).path("wallVerdict").asText()).isEqualTo("IMPROVED");
        assertThat(tree.path("predictedVsMeasured").get(0).path("loadP50Verdict").asText()).isEqualTo("IMPROVED");
        MetricVerdict statements = ComparisonJson.read(Files.readString(json)).inGroup("GET /orders").stream()
                .filter(v -> v.metric().name().equals("statements/request")).findFirst().orElseThrow();
        assertThat(statements.verdict()).isEqualTo(Verdict.IMPROVED);
    }

    /** Two recordings of the same code: no verdict, the N+1 still present, nothing resolved. */
    @Test
    void sameCodeTwice_claimsNothing() throws Exception {
        Path a = before(3).write(dir, "a");
        Path b = before(4).write(dir, "b");
        Result r = perfloop("compare", a.toString(), b.toString());
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out()).contains("Verdict: no significant change (~)").doesNotContain("improved  ", "REGRESSED")
                .contains("Findings: 0 resolved, 0 new, ").doesNotContain("Predicted vs measured")
                .containsPattern("  still     n-plus-one +GET /orders +com\\.shop\\.Orders\\.summary\\(Orders\\.java:73\\) +predicted up to");
        assertThat(row(r.out(), "GET /orders", "statements/request")).contains("101 [101, 101]", "~");
    }

    @Test
    void onlyOneSideRecorded_saysWhatIsNotCompared() throws Exception {
        Path a = before(5).write(dir, "a");
        Path b = after(6).write(dir, "b");
        Files.delete(b.resolve("events.jsonl.gz"));
        Result r = perfloop("compare", a.resolve("run.json").toString(), b.toString());
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out()).contains("not compared: per-request metrics and findings (only A has the agent's captured requests, "
                + "events.jsonl or events.jsonl.gz)").doesNotContain("statements/request", "Findings:");
    }

    /** A significant change smaller than --min-effect is "~" with a note; --min-effect 0% reports it. */
    @Test
    void minEffect_option() throws Exception {
        Path a = before(7).write(dir, "a");
        Path b = new RecordedRunDirs(8).endpoint("GET /orders", 20, 3, 100, 101, 0.6)
                .endpoint("GET /products", 20, 4, 30, 1, 2).write(dir, "b");
        assertThat(perfloop("compare", a.toString(), b.toString(), "--min-effect", "-1%").out())
                .contains("--min-effect takes a percentage such as 5% or 0%, was '-1%'");
        assertThat(perfloop("compare", a.toString(), b.toString(), "--min-effect", "x").exit()).isEqualTo(ExitCodes.BAD_INPUT);
        // per-request allocation grows with the statement count: +1 query of 10 kB in 101 is +0.9 %, real but small
        Path c = new RecordedRunDirs(7).endpoint("GET /orders", 20, 3, 100, 102, 0.6)
                .endpoint("GET /products", 20, 4, 30, 1, 2).write(dir, "c");
        Result floored = perfloop("compare", a.toString(), c.toString());
        assertThat(row(floored.out(), "GET /orders", "statements/request")).contains("~");
        assertThat(floored.out()).contains("statements/request: REGRESSED +1.0% is significant (p holm < 0.001) but smaller than the "
                + "minimum effect of 2%");
        Result all = perfloop("compare", a.toString(), c.toString(), "--min-effect", "0%");
        assertThat(row(all.out(), "GET /orders", "statements/request")).contains("+1.0%", "REGRESSED");
        assertThat(all.exit()).isZero(); // below --fail-on 5%
    }
}
