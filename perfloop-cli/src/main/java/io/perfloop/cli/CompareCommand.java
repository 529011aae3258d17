package io.perfloop.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import io.perfloop.core.run.EndpointResult;
import io.perfloop.core.run.LatencySummary;
import io.perfloop.core.run.Run;
import io.perfloop.core.run.RunReader;
import io.perfloop.load.report.Units;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code perfloop compare A B}: two runs side by side, per endpoint. A placeholder until the statistical
 * engine (Mann-Whitney U on per-second windows, Holm-Bonferroni, bootstrap CIs) is wired in: it shows the
 * numbers and their change, and gives no verdict.
 */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Shows two runs side by side per endpoint: latency p50/p90/p99/max (from the intended start), "
                + "throughput and error rate, with the change B vs A as (B/A - 1)*100%%.",
                "No statistical verdict yet: this command only lines the numbers up."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.HELP_0, ExitCodes.HELP_1, ExitCodes.HELP_2, ExitCodes.HELP_3})
public final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A", description = "baseline: run directory, run.json, or a run id under --runs-dir")
    String baseline;

    @Parameters(index = "1", paramLabel = "B", description = "candidate: run directory, run.json, or a run id under --runs-dir")
    String candidate;

    @Option(names = "--runs-dir", paramLabel = "DIR", defaultValue = "runs", description = "where run ids are looked up (default ${DEFAULT-VALUE})")
    Path runsDir;

    @Override
    public Integer call() throws Exception {
        Run a = RunReader.read(locate(baseline));
        Run b = RunReader.read(locate(candidate));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("A = %s (%s)%nB = %s (%s)%n%n", a.id(), a.workload().source(), b.id(), b.workload().source());
        out.printf("%-36s %-8s %10s %10s %9s%n", "endpoint", "metric", "A", "B", "change");
        Set<String> names = new LinkedHashSet<>();
        a.endpoints().forEach(e -> names.add(e.name()));
        b.endpoints().forEach(e -> names.add(e.name()));
        for (String name : names) {
            rows(out, name, a.endpoint(name).orElse(null), b.endpoint(name).orElse(null), a, b);
        }
        rows(out, EndpointResult.OVERALL, a.overall(), b.overall(), a, b);
        out.println();
        out.println("no significance test yet: differences may be noise (statistical compare comes next)");
        out.flush();
        return ExitCodes.SUCCESS;
    }

    private Path locate(String ref) {
        Path p = Path.of(ref);
        return Files.exists(p) || !Files.isDirectory(runsDir.resolve(ref)) ? p : runsDir.resolve(ref);
    }

    private static void rows(PrintWriter out, String name, EndpointResult a, EndpointResult b, Run ra, Run rb) {
        String label = name.length() > 36 ? name.substring(0, 33) + "..." : name;
        if (a == null || b == null) {
            out.printf("%-36s only in %s%n", label, a == null ? "B" : "A");
            return;
        }
        latency(out, label, "p50", a.corrected(), b.corrected(), LatencySummary::p50);
        latency(out, "", "p90", a.corrected(), b.corrected(), LatencySummary::p90);
        latency(out, "", "p99", a.corrected(), b.corrected(), LatencySummary::p99);
        latency(out, "", "max", a.corrected(), b.corrected(), LatencySummary::max);
        double ta = rate(a, ra);
        double tb = rate(b, rb);
        out.printf(Locale.ROOT, "%-36s %-8s %10.1f %10.1f %9s%n", "", "req/s", ta, tb, change(ta, tb));
        out.printf(Locale.ROOT, "%-36s %-8s %10s %10s %9s%n", "", "errors", Units.percent(a.errorRate()),
                Units.percent(b.errorRate()), change(a.errorRate(), b.errorRate()));
    }

    private static void latency(PrintWriter out, String label, String metric, LatencySummary a, LatencySummary b,
                                java.util.function.ToLongFunction<LatencySummary> value) {
        long va = value.applyAsLong(a);
        long vb = value.applyAsLong(b);
        out.printf(Locale.ROOT, "%-36s %-8s %10s %10s %9s%n", label, metric, Units.micros(va), Units.micros(vb),
                change(va, vb));
    }

    private static double rate(EndpointResult e, Run run) {
        double s = run.workload().durationSeconds();
        return s <= 0 ? 0 : e.requests() / s;
    }

    private static String change(double a, double b) {
        if (a == 0) {
            return b == 0 ? "0.0%" : "new";
        }
        return String.format(Locale.ROOT, "%+.1f%%", (b / a - 1) * 100);
    }
}
