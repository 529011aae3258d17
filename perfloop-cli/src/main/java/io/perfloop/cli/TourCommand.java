package io.perfloop.cli;

import io.perfloop.core.compare.Comparison;
import io.perfloop.core.compare.ComparisonOptions;
import io.perfloop.core.compare.ComparisonResult;
import io.perfloop.core.compare.RunComparison;
import io.perfloop.core.compare.VerdictText;
import io.perfloop.core.detect.RankedFinding;
import io.perfloop.core.event.RequestEvent;
import io.perfloop.core.report.HtmlReport;
import io.perfloop.core.report.RecordedRun;
import io.perfloop.core.report.ReportModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code perfloop tour}: the whole loop on the bundled sample shop. Records a baseline with the
 * bundled access log, ranks the findings, then applies the shop's fix for each finding in the order
 * perfloop ranked them — one change at a time — re-measuring after each and comparing predicted with
 * measured gain, and ends with a summary and an HTML report.
 */
@Command(name = "tour", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Runs the whole loop on the bundled sample shop (embedded PostgreSQL, nothing to install): "
                + "baseline, ranked findings, then one fix at a time in perfloop's order, each re-measured and compared, "
                + "with predicted vs measured gain, a summary table and an HTML report."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.HELP_0, "1:a fix made its endpoint significantly slower", ExitCodes.HELP_2, ExitCodes.HELP_3})
public final class TourCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--quick", description = "short runs, smaller data and at most two fixes (for CI)")
    boolean quick;

    @Option(names = "--shop-jar", paramLabel = "JAR", defaultValue = "samples/shop/target/shop.jar", description = "the sample shop (default ${DEFAULT-VALUE})")
    Path shopJar;

    @Option(names = "--access-log", paramLabel = "FILE", defaultValue = "samples/shop/traffic/access.log", description = "the workload (default ${DEFAULT-VALUE})")
    Path accessLog;

    @Option(names = "--port", defaultValue = "18080", description = "port for the shop (default ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--max-fixes", paramLabel = "N", description = "apply at most N fixes (default: all the shop has; 2 with --quick)")
    Integer maxFixes;

    @Option(names = "--runs-dir", paramLabel = "DIR", defaultValue = "runs", description = "where the tour's runs go (default ${DEFAULT-VALUE})")
    Path runsDir;

    private PrintWriter out;
    private String databaseUrl;

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /** One step of the tour: which fixes were on, what was measured. */
    private record Step(String fix, RankedFinding finding, RecordedRun run, double measuredGain, String verdict) {
    }

    @Override
    public Integer call() throws Exception {
        out = spec.commandLine().getOut();
        if (!Files.isRegularFile(shopJar)) {
            throw new IllegalArgumentException(shopJar + " not found: build it with mvn -B -q package -DskipTests");
        }
        Path tourDir = Files.createDirectories(runsDir.resolve("tour-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))));
        banner("0. Starting the shop's database (embedded PostgreSQL 17), shared by every run of the tour");
        try (SharedShopDatabase database = SharedShopDatabase.start(java(), shopJar, tourDir.resolve("database.log"))) {
            databaseUrl = database.url();
            out.println("  " + databaseUrl + " (seeded by the first run)");
            return tour(tourDir);
        }
    }

    private Integer tour(Path tourDir) throws Exception {
        banner("1. Baseline: the shop with every problem present, replaying " + accessLog);
        RecordedRun baseline = record(tourDir, "0-baseline", List.of());
        out.print(baseline.terminalReport(8));

        List<RankedFinding> plan = new ArrayList<>();
        Set<String> switches = new LinkedHashSet<>();
        for (RankedFinding f : baseline.findings()) {
            Optional<String> fix = ShopFixes.switchFor(f.finding());
            if (fix.isPresent() && switches.add(fix.get())) {
                plan.add(f);
            }
        }
        int limit = maxFixes != null ? maxFixes : quick ? 2 : plan.size();
        plan = plan.subList(0, Math.min(limit, plan.size()));
        banner("2. The plan: fix one thing at a time, in the order perfloop ranked them");
        for (int i = 0; i < plan.size(); i++) {
            RankedFinding f = plan.get(i);
            out.printf(Locale.ROOT, "  %d. %-20s for [%s] %s (predicted: up to %.0f%% of its time)%n", i + 1,
                    ShopFixes.switchFor(f.finding()).orElseThrow(), f.finding().ruleId(), f.finding().scope(), f.finding().predictedGain() * 100);
        }

        List<Step> steps = new ArrayList<>();
        List<String> applied = new ArrayList<>();
        RecordedRun previous = baseline;
        boolean regressed = false;
        for (int i = 0; i < plan.size(); i++) {
            RankedFinding target = plan.get(i);
            String fix = ShopFixes.switchFor(target.finding()).orElseThrow();
            applied.add(fix);
            banner((i + 3) + ". Fix " + fix + " (" + target.finding().ruleId() + " on " + target.finding().scope() + "), measure again");
            RecordedRun next = record(tourDir, (i + 1) + "-" + fix, applied);
            String endpoint = target.finding().scope();
            double measured = 1 - meanWall(next, endpoint) / meanWall(previous, endpoint);
            ComparisonResult cmp = Comparison.of(RunComparison.samples(previous.run(), next.run()), ComparisonOptions.defaults());
            out.print(VerdictText.render(cmp, endpoint));
            String verdict = cmp.inGroup(endpoint).stream().filter(v -> v.metric().name().equals("latency p50"))
                    .map(v -> v.verdict() == io.perfloop.core.compare.Verdict.NO_CHANGE ? "~" : v.verdict().label() + String.format(Locale.ROOT, " %+.0f%%", v.deltaPercent())).findFirst().orElse("not compared");
            regressed |= verdict.startsWith("REGRESSED");
            out.printf(Locale.ROOT, "  %s: predicted up to %.0f%%, measured %.0f%% less time per request (mean, captured by the agent)%n",
                    endpoint, target.finding().predictedGain() * 100, measured * 100);
            boolean stillThere = next.findings().stream().anyMatch(f -> f.finding().ruleId().equals(target.finding().ruleId())
                    && f.finding().scope().equals(endpoint));
            out.println("  finding after the fix: " + (stillThere ? "STILL REPORTED" : "gone"));
            steps.add(new Step(fix, target, next, measured, verdict));
            previous = next;
        }
        summary(baseline, steps);
        Path html = writeReport(tourDir, baseline, steps);
        out.println();
        out.println("HTML report: " + html);
        out.flush();
        return regressed ? ExitCodes.THRESHOLD_FAILED : ExitCodes.SUCCESS;
    }

    private RecordedRun record(Path tourDir, String name, List<String> fixes) throws Exception {
        String app = java() + " -jar " + shopJar.toAbsolutePath() + " --port=" + port + " --db-url='" + databaseUrl + "'"
                + " --fix=" + (fixes.isEmpty() ? "none" : String.join(",", fixes))
                + (quick ? " --scale=0.3" : "");
        WorkloadOptions workload = WorkloadOptions.parse(accessLog.toString(), "--target", "http://127.0.0.1:" + port,
                // 2x: 30 s of the log's traffic in 15 s, enough invoice requests for the profile to name their hot line
                "--speed", "2x", "--duration", quick ? "10s" : "15s");
        // the shop's data is synthetic, so its bind values may be kept: plans for the captured values, not generic
        // ones (a generic plan cannot use the partial index the index fix builds, a custom plan does)
        List<RunCollector> collectors = new java.util.ArrayList<>(List.of(new QueryPlanCollector(null)));
        // 1 ms: an invoice costs ~2.5 ms of CPU, so a run's ~25 invoices give too few 10 ms (or 2 ms) samples to name its hot line
        collectors.addAll(ProfileCollector.forSwitch("1ms"));
        Recorder recorder = new Recorder(out, spec.commandLine().getErr(), collectors);
        Path dir = recorder.record(new Recorder.Plan(app, "http://127.0.0.1:" + port + "/api/fixes", Duration.ofMinutes(3),
                Duration.ofSeconds(3), AgentJar.locate(null), "parameters=true", tourDir.resolve(name), workload,
                List.of("perfloop", "tour")));
        RecordedRun run = RecordedRun.read(dir);
        run.writeFindings();
        return run;
    }

    private static double meanWall(RecordedRun run, String endpoint) {
        return run.requests().stream().filter(r -> r.endpoint().equals(endpoint)).mapToLong(RequestEvent::wallNanos).average().orElse(Double.NaN);
    }

    private void summary(RecordedRun baseline, List<Step> steps) {
        banner("Summary");
        out.printf(Locale.ROOT, "%-4s %-20s %-34s %-20s %10s %10s  %s%n", "step", "fix", "endpoint", "finding", "predicted", "measured", "p50 verdict");
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            out.printf(Locale.ROOT, "%-4d %-20s %-34s %-20s %9.0f%% %9.0f%%  %s%n", i + 1, s.fix(), s.finding().finding().scope(),
                    s.finding().finding().ruleId(), s.finding().finding().predictedGain() * 100, s.measuredGain() * 100, s.verdict());
        }
        out.println("predicted: share of the endpoint's time the finding said a fix could remove; measured: mean time per request, before vs after");
    }

    private Path writeReport(Path tourDir, RecordedRun baseline, List<Step> steps) throws Exception {
        List<ReportModel.Run> runs = new ArrayList<>();
        runs.add(baseline.runView("baseline"));
        RecordedRun last = baseline;
        for (Step s : steps) {
            runs.add(s.run().runView("+" + s.fix()));
            last = s.run();
        }
        ComparisonResult cmp = Comparison.of(RunComparison.samples(baseline.run(), last.run()), ComparisonOptions.defaults());
        ReportModel model = new ReportModel("perfloop tour — the sample shop", "baseline findings; runs after each fix; baseline vs last run compared",
                runs, ReportModel.rows(baseline.findings()), ReportModel.rows(cmp));
        return HtmlReport.write(model, tourDir.resolve("report.html"));
    }

    private void banner(String text) {
        out.println();
        out.println("== " + text);
        out.flush();
    }
}
