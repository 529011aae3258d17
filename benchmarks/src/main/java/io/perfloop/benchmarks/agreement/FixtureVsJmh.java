package io.perfloop.benchmarks.agreement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.perfloop.core.jmh.JmhBenchmark;
import io.perfloop.core.jmh.JmhResults;
import io.perfloop.core.stats.Quantiles;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * Runs {@link AgreementFixture} through the JUnit launcher (saving the run), reads the JMH results
 * of {@link AgreementJmh}, and checks that the ratios between the benchmarks' medians agree within
 * 10 %: what each tool says about "how much slower is B than A". Absolute times may differ (the
 * two harnesses' loops differ by a nanosecond or so); ratios are what a user acts on.
 *
 * <pre>
 * benchmarks/fixture-vs-jmh.sh          # builds, alternates JMH and fixture runs, then compares
 * </pre>
 */
public final class FixtureVsJmh {
    static final double TOLERANCE = 0.10;

    private FixtureVsJmh() {
    }

    /**
     * {@code fixture <storage>} runs the fixture once and saves the run there; {@code compare
     * <storage> <jmh.json>...} compares every saved fixture run with every JMH result file, each
     * side's value per benchmark being the median over its runs of the run's median.
     */
    public static void main(String[] args) throws IOException {
        if (args.length >= 2 && args[0].equals("fixture")) {
            runFixture(Path.of(args[1]));
        } else if (args.length >= 3 && args[0].equals("compare")) {
            Map<String, List<Double>> jmh = new LinkedHashMap<>();
            for (int i = 2; i < args.length; i++) {
                for (JmhBenchmark b : JmhResults.read(Path.of(args[i])).benchmarks()) {
                    String name = b.benchmark().substring(b.benchmark().lastIndexOf('.') + 1);
                    jmh.computeIfAbsent(name, k -> new ArrayList<>()).add(Quantiles.of(b.samples(), 0.5));
                }
            }
            System.exit(report(medianOfRuns(savedFixtureRuns(Path.of(args[1]))), medianOfRuns(jmh)) ? 0 : 1);
        } else {
            System.err.println("usage: FixtureVsJmh fixture <storage-dir> | compare <storage-dir> <jmh-result.json>...");
            System.exit(2);
        }
    }

    private static void runFixture(Path storage) {
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher.execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(AgreementFixture.class))
                .configurationParameter("perfloop.benchmark.storage", storage.toString())
                .configurationParameter("perfloop.benchmark.save", "agreement").build(), listener);
        if (listener.getSummary().getTotalFailureCount() > 0 || listener.getSummary().getTestsSucceededCount() == 0) {
            listener.getSummary().printFailuresTo(new PrintWriter(System.err, true), 20);
            throw new IllegalStateException("the fixture run failed");
        }
    }

    /** Median nanoseconds per call of each benchmark, one value per saved fixture run. */
    private static Map<String, List<Double>> savedFixtureRuns(Path storage) throws IOException {
        List<Path> saved;
        try (Stream<Path> files = Files.walk(storage)) {
            saved = files.filter(f -> f.getFileName().toString().endsWith("_agreement.json")).sorted().toList();
        }
        Map<String, List<Double>> medians = new LinkedHashMap<>();
        for (Path file : saved) {
            for (JsonNode b : new ObjectMapper().readTree(file.toFile()).get("benchmarks")) {
                String name = b.get("name").asText();
                medians.computeIfAbsent(name.substring(name.indexOf('.') + 1), k -> new ArrayList<>())
                        .add(b.get("stats").get("median").asDouble() * 1e9);
            }
        }
        return medians;
    }

    private static Map<String, Double> medianOfRuns(Map<String, List<Double>> runs) {
        Map<String, Double> out = new LinkedHashMap<>();
        runs.forEach((name, values) -> out.put(name, Quantiles.of(values.stream().mapToDouble(Double::doubleValue).toArray(), 0.5)));
        System.out.println(runs.values().stream().findFirst().map(List::size).orElse(0) + " run(s): " + runs);
        return out;
    }

    /** Prints the ratio table; true when every ratio agrees within {@link #TOLERANCE}. */
    static boolean report(Map<String, Double> fixture, Map<String, Double> jmh) {
        String reference = "sum1k";
        List<String> names = new ArrayList<>(jmh.keySet());
        names.sort((a, b) -> Double.compare(jmh.get(a), jmh.get(b)));
        System.out.printf(Locale.ROOT, "%n%-15s %14s %14s %16s %16s %11s%n", "benchmark", "fixture ns", "JMH ns",
                "fixture / " + reference, "JMH / " + reference, "agreement");
        boolean ok = true;
        double worst = 0;
        for (String name : names) {
            double f = fixture.get(name) / fixture.get(reference);
            double j = jmh.get(name) / jmh.get(reference);
            double off = f / j - 1;
            worst = Math.max(worst, Math.abs(off));
            ok &= Math.abs(off) <= TOLERANCE;
            System.out.printf(Locale.ROOT, "%-15s %,14.1f %,14.1f %16.4f %16.4f %+10.1f%%%n", name, fixture.get(name), jmh.get(name), f, j, off * 100);
        }
        double pairWorst = 0;
        for (String a : names) {
            for (String b : names) {
                double off = (fixture.get(a) / fixture.get(b)) / (jmh.get(a) / jmh.get(b)) - 1;
                pairWorst = Math.max(pairWorst, Math.abs(off));
            }
        }
        System.out.printf(Locale.ROOT, "%nmedians per call; agreement = (fixture ratio / JMH ratio - 1); worst against %s %.1f %%, "
                + "worst over all %d pairs %.1f %% (tolerance %.0f %% against %s)%n%s%n", reference, worst * 100,
                names.size() * (names.size() - 1) / 2, pairWorst * 100, TOLERANCE * 100, reference, ok ? "AGREE" : "DISAGREE");
        return ok;
    }
}
