package io.perfloop.cli;

import io.perfloop.core.compare.ComparisonJson;
import io.perfloop.core.compare.ComparisonResult;
import io.perfloop.core.compare.MetricVerdict;
import io.perfloop.core.compare.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.perfloop.cli.CompareRecordedTest.row;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code perfloop compare} on two real recordings of the sample shop (run.json and the agent's
 * events, kept in src/test/resources/recorded): {@code perfloop record --name a} with every problem
 * present and {@code --name b} with {@code --fix=n-plus-one}, 20 s each after a 5 s warm-up, on a
 * shared and busy 2-core machine (docs/compare.md shows the commands). The fix must show in the
 * deterministic counts and the CPU, both N+1 findings must be resolved, and the endpoints the fix
 * did not touch must not be claimed to have changed.
 */
class CompareShopRunsTest {
    @TempDir
    static Path dir;
    static String out;
    static int exit;
    static ComparisonResult result;

    @BeforeAll
    static void compare() throws Exception {
        Path a = copy("shop-a");
        Path b = copy("shop-b");
        Path json = dir.resolve("ab.json");
        CompareRecordedTest.Result r = CompareRecordedTest.perfloop("compare", a.toString(), b.toString(), "--json", json.toString());
        out = r.out();
        exit = r.exit();
        result = ComparisonJson.read(Files.readString(json));
    }

    static Path copy(String name) throws IOException {
        Path target = Files.createDirectories(dir.resolve(name));
        for (String file : List.of("run.json", "events.jsonl.gz")) {
            try (InputStream in = CompareShopRunsTest.class.getResourceAsStream("/recorded/" + name + "/" + file)) {
                Files.copy(in, target.resolve(file));
            }
        }
        return target;
    }

    @Test
    void theFixShowsInStatementsCpuAndAllocation() {
        assertThat(exit).as(out).isZero();
        assertThat(row(out, "GET /api/orders", "statements/request")).contains("101 [101, 101]", "2.00 [2.00, 2.00]", "-98.0%", "improved");
        assertThat(row(out, "GET /api/orders", "cpu/request")).contains("improved");
        assertThat(row(out, "GET /api/orders", "alloc/request")).contains("improved");
        assertThat(row(out, "GET /api/orders", "response size")).contains("6.94 [6.94, 6.94]", "~"); // the same JSON
    }

    /** Nothing but GET /api/orders changed in the code: no verdict may claim otherwise. */
    @Test
    void untouchedEndpointsClaimNothing() {
        List<MetricVerdict> claims = result.verdicts().stream()
                .filter(v -> v.verdict() == Verdict.IMPROVED || v.verdict() == Verdict.REGRESSED).toList();
        assertThat(claims).as(out).isNotEmpty().allMatch(v -> v.group().equals("GET /api/orders"));
        List<MetricVerdict> sameCounts = result.verdicts().stream()
                .filter(v -> !v.group().equals("GET /api/orders") && v.metric().name().equals("statements/request")
                        && v.verdict() != Verdict.INSUFFICIENT_DATA).toList();
        assertThat(sameCounts).hasSizeGreaterThan(4).allSatisfy(v -> {
            assertThat(v.verdict()).isEqualTo(Verdict.NO_CHANGE);
            assertThat(v.deltaPercent()).isZero();
            assertThat(v.pAdjusted()).isEqualTo(1.0);
        });
    }

    @Test
    void bothNPlusOneFindingsAreResolved_withPredictedVsMeasured() {
        assertThat(out).contains("Findings: 2 resolved, 1 new,")
                .containsPattern("  resolved  n-plus-one +GET /api/orders +io\\.perfloop\\.samples\\.shop\\.lessons\\.Lesson1NPlusOne\\.summary\\(Lesson1NPlusOne\\.java:73\\)")
                .containsPattern("  resolved  n-plus-one +GET /api/orders +io\\.perfloop\\.samples\\.shop\\.lessons\\.Lesson1NPlusOne\\.summary\\(Lesson1NPlusOne\\.java:74\\)")
                .containsPattern("  still     sequential-calls +GET /api/carts/\\{id\\}/quote")
                .contains("n-plus-one GET /api/orders: predicted up to 42%, measured 67% less time per request");
    }

    /** docs/compare.md shows this comparison's output: every line it quotes must be in it. */
    @Test
    void docsShowThisOutput() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "compare.md"));
        String marker = "<!-- output of CompareShopRunsTest -->";
        assertThat(doc).contains(marker);
        String block = doc.substring(doc.indexOf("```", doc.indexOf(marker)) + 4);
        block = block.substring(0, block.indexOf("```"));
        assertThat(block.lines().filter(l -> !l.equals("…")).count()).isGreaterThan(20);
        block.lines().filter(l -> !l.equals("…")).forEach(line -> assertThat(out).as("docs line").contains(line));
    }
}
