package io.perfloop.acceptance;

import io.perfloop.cli.Main;
import io.perfloop.core.detect.RankedFinding;
import io.perfloop.core.report.RecordedRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The loop's acceptance test on its ground truth, the sample shop: one {@code perfloop record} of the
 * shop with every problem planted reports each problem by its rule, at its endpoint and call site;
 * one of the shop with every fix on ({@code --fix=all}) reports none of them, and no fixed endpoint
 * keeps a finding that predicts a gain. Real parts throughout: the shop (Spring Boot, Hibernate,
 * HikariCP, embedded PostgreSQL 17) runs as its own process with perfloop's agent, the workload is
 * the shop's bundled access log replayed by perfloop-load, and the query plans and profiles are
 * taken by {@code record} itself.
 */
class ShopAcceptanceTest {
    /**
     * A problem planted in the shop (samples/shop/README.md), and where perfloop must point.
     *
     * @param plantedCode where the mistake's code is, as a call-site pattern, when the rule's finding can
     *                    legitimately stay on the endpoint after the fix for other code (a profile names
     *                    the hottest method whatever it is); null: any finding of the rule on the endpoint
     */
    record Planted(int number, String rule, String endpoint, String callSiteClass, String fix, String plantedCode) {
        Planted(int number, String rule, String endpoint, String callSiteClass, String fix) {
            this(number, rule, endpoint, callSiteClass, fix, null);
        }

        @Override
        public String toString() {
            return number + " " + rule + " on " + endpoint;
        }
    }

    static final List<Planted> PLANTED = List.of(
            new Planted(1, "n-plus-one", "GET /api/orders", "Lesson1NPlusOne", "n-plus-one"),
            new Planted(2, "missing-index", "GET /api/users/{id}/orders", "Lesson2MissingIndex", "index"),
            new Planted(3, "partial-index-unused", "GET /api/orders/processing", "Lesson3PartialIndexUnused", "partial-index"),
            // the calls' own call site: the shop's pricing client, called once per cart line
            new Planted(4, "sequential-calls", "GET /api/carts/{id}/quote", "PricingClient", "concurrent-pricing"),
            new Planted(5, "cacheable-call", "GET /api/categories/tree", "CategoryTreeBuilder", "cache"),
            // a response-size finding has no call site of its own
            new Planted(6, "large-payload", "GET /api/products", null, "fields"),
            new Planted(7, "allocation-hotspot", "GET /api/reports/orders", "Lesson7InMemoryReport", "streaming"),
            // the regex compiled per word (105) and the text copied per word or line (90, 94, 107, 110, 113); after the
            // fix the invoice's hottest method is whatever is left (loading the order, the fixed wrapper), not a mistake
            new Planted(8, "hot-method", "GET /api/orders/{id}/invoice", "Lesson8QuadraticInvoice", "invoice",
                    ".*Lesson8QuadraticInvoice\\.(renderUnfixed|wrapUnfixed)\\(Lesson8QuadraticInvoice\\.java:(90|94|105|107|110|113)\\)"));

    @TempDir
    static Path runs;

    static RecordedRun unfixed;
    static RecordedRun fixed;

    @BeforeAll
    static void recordTheShopWithAndWithoutItsProblems() throws Exception {
        unfixed = record("unfixed", "none");
        fixed = record("fixed", "all");
    }

    static Stream<Planted> planted() {
        return PLANTED.stream();
    }

    @ParameterizedTest(name = "problem {0} is reported at its endpoint and call site")
    @MethodSource("planted")
    void reportedWhilePlanted(Planted p) {
        List<RankedFinding> matching = matching(unfixed, p);
        assertThat(matching).as("problem %s in the unfixed shop; perfloop reported:%n%s", p, list(unfixed)).isNotEmpty();
        RankedFinding top = matching.get(0);
        if (p.callSiteClass() != null) {
            assertThat(matching).as("call site of %s", p)
                    .anySatisfy(f -> assertThat(f.finding().callSite()).contains("io.perfloop.samples.shop.").contains(p.callSiteClass()));
        }
        assertThat(top.finding().predictedGain()).as("predicted gain of %s", p).isGreaterThan(0);
    }

    @Test
    void theInvoicesHotMethodIsNamedWithOneOfItsPlantedLines() {
        Planted invoice = PLANTED.get(7);
        assertThat(matching(unfixed, invoice)).as("hot-method on the invoice; perfloop reported:%n%s", list(unfixed))
                .anySatisfy(f -> assertThat(f.finding().callSite()).matches(invoice.plantedCode()));
    }

    /**
     * The hot-method finding is gone after the fix because the planted code no longer runs; what shows the fix
     * worked is the endpoint's CPU: the agent's per-request CPU time, median over the served invoices (~60 each).
     * Measured fixed / unfixed: 2.02-2.09 / 2.65-2.90 ms here, 2.29 / 2.83 ms in CI (0.72-0.81; loading the
     * order and Spring's own work stay); without the fix the two runs differ by a few per cent.
     */
    @Test
    void theInvoiceFixTakesCpuOffItsEndpoint() {
        double unfixedCpu = medianCpuNanos(unfixed, PLANTED.get(7).endpoint());
        double fixedCpu = medianCpuNanos(fixed, PLANTED.get(7).endpoint());
        System.out.printf(Locale.ROOT, "invoice CPU per request, median: unfixed %.2f ms, fixed %.2f ms%n", unfixedCpu / 1e6, fixedCpu / 1e6);
        assertThat(fixedCpu).as("median CPU per invoice request, fixed vs unfixed (%.0f ns)", unfixedCpu).isLessThan(0.92 * unfixedCpu);
    }

    private static double medianCpuNanos(RecordedRun run, String endpoint) {
        double[] cpu = run.requests().stream().filter(r -> r.endpoint().equals(endpoint) && r.status() < 400)
                .mapToDouble(r -> r.cpuNanos()).sorted().toArray();
        assertThat(cpu).as("served %s requests in %s", endpoint, run.dir()).hasSizeGreaterThan(10);
        return cpu.length % 2 == 1 ? cpu[cpu.length / 2] : (cpu[cpu.length / 2 - 1] + cpu[cpu.length / 2]) / 2;
    }

    @ParameterizedTest(name = "problem {0} is gone after its fix")
    @MethodSource("planted")
    void goneAfterItsFix(Planted p) {
        assertThat(matching(fixed, p)).as("problem %s with --fix=all; perfloop reported:%n%s", p, list(fixed))
                .filteredOn(f -> p.plantedCode() == null || f.finding().callSite() != null && f.finding().callSite().matches(p.plantedCode()))
                .isEmpty();
    }

    /**
     * After every fix no fixed endpoint is told about a mistake of the kinds planted: no N+1, repeated
     * query, sequential calls, large payload, missing or unusable index, or allocation hotspot. What the
     * profile and the plans say about the work that remains (the hottest method of a CPU-bound endpoint,
     * the costliest node of the report's aggregate, a cache for the warehouse queue) is the next thing to
     * look at, not a planted mistake, and is printed here rather than asserted.
     */
    @Test
    void noFixedEndpointIsToldAboutAMistakeOfThePlantedKinds() {
        List<String> endpoints = PLANTED.stream().map(Planted::endpoint).toList();
        List<String> mistakes = List.of("n-plus-one", "repeated-query", "sequential-calls", "large-payload", "missing-index",
                "partial-index-unused", "allocation-hotspot");
        System.out.println("after every fix, the findings on the fixed endpoints:\n" + list(fixed));
        assertThat(fixed.findings()).as("findings on fixed endpoints:%n%s", list(fixed))
                .filteredOn(f -> endpoints.contains(f.finding().scope()) && mistakes.contains(f.finding().ruleId()) && f.score() > 0)
                .isEmpty();
    }

    @Test
    void everyPlantedEndpointWasExercisedInBothRuns() {
        for (RecordedRun run : List.of(unfixed, fixed)) {
            List<String> seen = run.requests().stream().map(r -> r.endpoint()).distinct().toList();
            assertThat(seen).as("endpoints captured in %s", run.dir()).containsAll(PLANTED.stream().map(Planted::endpoint).toList());
        }
    }

    private static List<RankedFinding> matching(RecordedRun run, Planted p) {
        return run.findings().stream().filter(f -> f.finding().ruleId().equals(p.rule()) && f.finding().scope().equals(p.endpoint())).toList();
    }

    private static String list(RecordedRun run) {
        return run.findings().stream().map(f -> String.format(Locale.ROOT, "  [%s] %s at %s (gain %.2f, score %.3f)", f.finding().ruleId(),
                f.finding().scope(), f.finding().callSite(), f.finding().predictedGain(), f.score())).collect(Collectors.joining("\n"));
    }

    /** One {@code perfloop record} of the shop with the given fix switches, through the CLI as a user runs it. */
    private static RecordedRun record(String name, String fixes) throws Exception {
        Path shopJar = existing("perfloop.shop.jar", "build it with mvn -B -q package -DskipTests");
        Path accessLog = existing("perfloop.access.log", "the shop's bundled access log");
        Path agentJar = agentJar();
        int port = freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute("record", "--name", name, "--runs-dir", runs.toString(), "--agent", agentJar.toString(),
                "--app", java + " -jar " + shopJar + " --port=" + port + " --fix=" + fixes,
                "--ready", "http://127.0.0.1:" + port + "/api/fixes", "--ready-timeout", "180s",
                "--workload", accessLog.toString(), "--target", "http://127.0.0.1:" + port,
                "--speed", "2x", "--duration", "30s", "--warmup", "5s",
                // the shop's data is synthetic, so its bind values may be kept: plans are then taken for the
                // values the requests used (with values redacted only generic plans are possible, and the generic
                // plan of the fixed users query cannot use its partial index: see docs/record.md)
                "--agent-options", "parameters=true",
                // CPU samples every 1 ms for 30 s: ~60 invoice requests at ~3 ms of CPU each, so the planted code's
                // ~1/3 of it is ~60 samples, three times the hot-method rule's minimum of 20. (At 2 ms for 20 s it was
                // 19-60: a CI run missed it. The profile's JIT and heap-growth state varies from run to run.)
                "--profile", "1ms");
        System.out.println(out);
        System.out.println(err);
        assertThat(exit).as("perfloop record exit code; stderr:%n%s", err).isZero();
        return RecordedRun.read(runs.resolve(name));
    }

    private static Path existing(String property, String hint) {
        String value = System.getProperty(property);
        assertThat(value).as("system property %s", property).isNotBlank();
        Path path = Path.of(value).normalize();
        assertThat(path).as("%s (%s)", path, hint).isRegularFile();
        return path;
    }

    private static Path agentJar() throws IOException {
        Path dir = Path.of(System.getProperty("perfloop.agent.dir", "../perfloop-agent/target")).normalize();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches("perfloop-agent-[0-9].*\\.jar")).findFirst()
                    .orElseThrow(() -> new AssertionError("no perfloop-agent jar in " + dir + ": mvn -B -q package -DskipTests"));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
