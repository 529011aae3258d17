package io.perfloop.core.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonTableTest {
    private final String windows = ComparisonTable.render(ComparisonExample.windows());
    private final String repetitions = ComparisonTable.render(ComparisonExample.threeRepetitions());

    @Test
    void columnsAreAligned() {
        List<String> lines = Arrays.asList(windows.split("\n"));
        String header = lines.get(0);
        for (String column : new String[] {"old", "new", "delta", "p holm", "verdict", "better"}) {
            int at = header.indexOf(column);
            lines.stream().filter(l -> l.startsWith("  ")).forEach(row ->
                    assertThat(row.charAt(at - 1)).as("column %s in %s", column, row).isEqualTo(' '));
            lines.stream().filter(l -> l.startsWith("  ")).forEach(row ->
                    assertThat(row.charAt(at)).as("column %s in %s", column, row).isNotEqualTo(' '));
        }
    }

    @Test
    void rowsSayVerdictDeltaAndBetterSide() {
        assertThat(row(windows, "GET /orders", "latency p50")).contains("-71.3%", "improved", "lower");
        assertThat(row(windows, "GET /orders", "throughput")).contains(" ~ ", "higher");
        assertThat(row(windows, "GET /products", "cpu/request")).contains("+12.7%", "REGRESSED");
        assertThat(row(windows, "GET /products", "latency p99")).containsPattern("~ \\[-\\d+\\.\\d%, \\+\\d+\\.\\d%]");
        assertThat(windows).contains("Holm-Bonferroni over all metrics of this comparison");
    }

    @Test
    void tooFewSamples_markedAndExplained() {
        assertThat(repetitions).contains("too few samples", "[n too small]", "(1)(2)");
        assertThat(repetitions).contains("(1) latency p50: too few samples to decide: with 3 old and 3 new values");
    }

    /** docs/compare.md must show the output of exactly this code. */
    @Test
    void docsShowRealOutput() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "compare.md"));
        assertThat(doc).contains(windows).contains(repetitions);
    }

    /** The line of a metric within a group. */
    private static String row(String table, String group, String metric) {
        String[] lines = table.split("\n");
        int start = Arrays.asList(lines).indexOf(group);
        for (int i = start + 1; i < lines.length && lines[i].startsWith("  "); i++) {
            if (lines[i].startsWith("  " + metric + " ")) {
                return lines[i];
            }
        }
        throw new AssertionError(metric + " not in group " + group + ":\n" + table);
    }
}
