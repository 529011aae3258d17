package io.perfloop.cli;

import io.perfloop.core.compare.Comparison;
import io.perfloop.core.compare.ComparisonJson;
import io.perfloop.core.compare.ComparisonOptions;
import io.perfloop.core.compare.ComparisonResult;
import io.perfloop.core.compare.ComparisonTable;
import io.perfloop.core.compare.HolmFamily;
import io.perfloop.core.compare.MetricSamples;
import io.perfloop.core.compare.MetricVerdict;
import io.perfloop.core.compare.RunComparison;
import io.perfloop.core.compare.VerdictText;
import io.perfloop.core.jmh.JmhPairing;
import io.perfloop.core.jmh.JmhResults;
import io.perfloop.core.run.Run;
import io.perfloop.core.run.RunReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code perfloop compare A B}: did it help, did anything else get worse? Per endpoint and overall,
 * latency p50/p90/p99, throughput and error rate are compared on their per-second windows with a
 * two-sided Mann-Whitney U test, Holm–Bonferroni across the comparison, median intervals, and a
 * bootstrap interval on the p99 delta.
 */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compares two runs with statistics: per endpoint and overall, latency p50/p90/p99 (from the "
                + "intended start), throughput and error rate, one sample per one-second window.",
                "Each metric: medians with 95%% intervals, delta (B/A - 1)*100%%, two-sided Mann-Whitney U, "
                        + "Holm-Bonferroni across all metrics, '~' when not significant or smaller than --min-effect. "
                        + "See docs/compare.md.",
                "Recorded runs (perfloop record) also compare per request: wall, CPU, allocated bytes, statements, "
                        + "downstream calls, response size; then list the findings resolved, new and still present, "
                        + "with predicted vs measured for each resolved one."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.HELP_0, "1:a significant regression beyond --fail-on", ExitCodes.HELP_2, ExitCodes.HELP_3})
public final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "baseline: run directory, run.json, a run id under --runs-dir, or a JMH result file (-rf json)")
    String baseline;

    @Parameters(index = "1", paramLabel = "B", description = "candidate: same kinds as A")
    String candidate;

    @Option(names = "--runs-dir", paramLabel = "DIR", defaultValue = "runs", description = "where run ids are looked up (default ${DEFAULT-VALUE})")
    Path runsDir;

    @Option(names = "--fail-on", paramLabel = "PERCENT", defaultValue = "5%",
            description = "exit 1 on a significant regression larger than this (default ${DEFAULT-VALUE}); 0%% fails on any")
    String failOn;

    @Option(names = "--min-effect", paramLabel = "PERCENT", defaultValue = "2%",
            description = "significant changes smaller than this count as no change (default ${DEFAULT-VALUE}); 0%% reports all")
    String minEffect;

    @Option(names = "--alpha", defaultValue = "0.05", description = "significance level (default ${DEFAULT-VALUE})")
    double alpha;

    @Option(names = "--focus", paramLabel = "ENDPOINT",
            description = "the endpoint the change was meant for; regressions on other endpoints are listed apart")
    String focus;

    @Option(names = "--per-endpoint-family", description = "Holm per endpoint instead of over the whole comparison (more power, more false alarms)")
    boolean perEndpoint;

    @Option(names = "--json", paramLabel = "FILE", description = "also write the comparison as JSON")
    Path json;

    @Override
    public Integer call() throws Exception {
        double failPercent = percent("--fail-on", failOn);
        ComparisonOptions options = ComparisonOptions.defaults().withAlpha(alpha).withFailOnPercent(failPercent)
                .withMinEffectPercent(percent("--min-effect", minEffect))
                .withFamily(perEndpoint ? HolmFamily.GROUP : HolmFamily.COMPARISON);
        PrintWriter out = spec.commandLine().getOut();
        Path pathA = locate(baseline);
        Path pathB = locate(candidate);
        List<MetricSamples> samples;
        List<String> unmatched;
        Optional<RecordedRunsSection> recorded = Optional.empty();
        if (JmhResults.isJmhJson(pathA) && JmhResults.isJmhJson(pathB)) {
            // JMH results (-rf json): one sample per fork x measurement iteration
            JmhPairing pairing = JmhPairing.of(JmhResults.read(pathA), JmhResults.read(pathB));
            samples = pairing.metrics();
            unmatched = new ArrayList<>();
            pairing.onlyInOld().forEach(n -> unmatched.add(n + " (only in A)"));
            pairing.onlyInNew().forEach(n -> unmatched.add(n + " (only in B)"));
            out.printf("A = %s%nB = %s (JMH results)%n%n", pathA, pathB);
        } else {
            Run a = RunReader.read(pathA);
            Run b = RunReader.read(pathB);
            samples = RunComparison.samples(a, b);
            unmatched = new ArrayList<>(RunComparison.unmatched(a, b));
            // recorded runs: the agent's per-request metrics join the same table and Holm family
            recorded = RecordedRunsSection.read(pathA, pathB);
            if (recorded.isPresent()) {
                samples = recorded.get().withRequestMetrics(samples);
                unmatched.addAll(recorded.get().unmatched());
            }
            RecordedRunsSection.missing(pathA, pathB).ifPresent(unmatched::add);
            out.printf("A = %s (%s)%nB = %s (%s)%n%n", a.id(), a.workload().source(), b.id(), b.workload().source());
        }
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("A and B share nothing with samples to compare");
        }
        ComparisonResult result = Comparison.of(samples, options);
        out.print(ComparisonTable.render(result));
        unmatched.forEach(u -> out.println("not compared: " + u));
        out.println();
        out.print(VerdictText.render(result, focus));
        recorded.ifPresent(r -> out.print("\n" + r.render(result)));
        if (json != null) {
            Files.writeString(json, ComparisonJson.write(result, recorded.map(r -> r.json(result)).orElse(Map.of())));
        }
        if (!JmhResults.isJmhJson(pathA)) {
            ProfileDiff.write(pathA, pathB).ifPresent(page -> out.println("differential flame graph: " + page));
        }
        List<MetricVerdict> failing = result.regressionsBeyond(failPercent);
        if (!failing.isEmpty()) {
            out.printf(Locale.ROOT, "%nexit 1: %d significant regression(s) beyond %s%n", failing.size(), failOn);
        }
        out.flush();
        return failing.isEmpty() ? ExitCodes.SUCCESS : ExitCodes.THRESHOLD_FAILED;
    }

    static double percent(String option, String text) {
        String t = text.trim();
        try {
            double value = Double.parseDouble(t.endsWith("%") ? t.substring(0, t.length() - 1) : t);
            if (value < 0 || Double.isNaN(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a percentage such as 5% or 0%, was '" + text + "'");
        }
    }

    private Path locate(String ref) {
        Path p = Path.of(ref);
        return Files.exists(p) || !Files.isDirectory(runsDir.resolve(ref)) ? p : runsDir.resolve(ref);
    }
}
